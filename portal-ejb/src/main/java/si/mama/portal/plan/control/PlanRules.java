package si.mama.portal.plan.control;

import jakarta.persistence.PersistenceException;
import si.mama.portal.plan.entity.PlanRuleViolation;
import si.mama.portal.platform.error.PortalException;

import java.sql.SQLIntegrityConstraintViolationException;

/** Turns the plan's rule violations into messages for the user: key {@code plan.error.<rule>}. */
public final class PlanRules {

    private PlanRules() {
    }

    public static PortalException message(PlanRuleViolation violation) {
        return new PortalException("plan.error." + violation.rule(), null, violation.arguments());
    }

    public static boolean isUniqueViolation(PersistenceException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
