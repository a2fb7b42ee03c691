package si.mama.portal.platform.entity;

/**
 * An entity refused a change that would break one of its feature's rules. {@link #rule()} names the rule;
 * {@link #messageKey()} is the bundle key the user's message comes from: {@code <feature>.error.<rule>}.
 */
public abstract class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String feature;
    private final String rule;
    private final transient Object[] arguments;

    protected RuleViolation(String feature, String rule, Object... arguments) {
        super(feature + "." + rule);
        this.feature = feature;
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public String rule() {
        return rule;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String messageKey() {
        return feature + ".error." + rule;
    }
}
