package si.mama.portal.academy.entity;

/** A training or registration refused a change; {@link #rule()} names the rule for the user's message. */
public class AcademyRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final transient Object[] arguments;

    public AcademyRuleViolation(String rule, Object... arguments) {
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
