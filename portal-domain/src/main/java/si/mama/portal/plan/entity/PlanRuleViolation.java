package si.mama.portal.plan.entity;

/**
 * A plan refused a change that would break one of its rules (a skipped approval step, an edit of an
 * adopted plan, ...). {@link #rule()} names the rule; boundaries turn it into a message for the user.
 */
public class PlanRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final transient Object[] arguments;

    public PlanRuleViolation(String rule, Object... arguments) {
        super(rule);
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public String rule() {
        return rule;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
