package si.mama.portal.plan.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** A plan refused a change that would break one of its rules (a skipped approval step, an edit of an adopted plan, ...). */
public class PlanRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public PlanRuleViolation(String rule, Object... arguments) {
        super("plan", rule, arguments);
    }
}
