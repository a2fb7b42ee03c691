package si.mama.portal.centre.entity;

import si.mama.portal.platform.entity.RuleViolation;

/**
 * A membership record refused a change; the message comes from {@code membership.error.<rule>}, and
 * {@link #field()} names the form field it belongs to (or is {@code null} for the whole form).
 */
public class MembershipRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final String field;

    public MembershipRuleViolation(String field, String rule, Object... arguments) {
        super("membership", rule, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
