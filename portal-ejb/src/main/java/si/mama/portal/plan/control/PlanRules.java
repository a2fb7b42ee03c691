package si.mama.portal.plan.control;

import jakarta.persistence.PersistenceException;

import java.sql.SQLIntegrityConstraintViolationException;

/** Tells a unique-key violation from other database failures, for the plan's boundaries. */
public final class PlanRules {

    private PlanRules() {
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
