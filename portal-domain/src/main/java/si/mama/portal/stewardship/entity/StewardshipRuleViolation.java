package si.mama.portal.stewardship.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** A meeting or follow-up refused a change; the message comes from {@code stewardship.error.<rule>}. */
public class StewardshipRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public StewardshipRuleViolation(String rule, Object... arguments) {
        super("stewardship", rule, arguments);
    }
}
