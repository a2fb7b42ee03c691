package si.mama.portal.practice.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** A good practice refused a change (not editable now, incomplete, not submitted, a file of the wrong kind, ...). */
public class PracticeRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public PracticeRuleViolation(String rule, Object... arguments) {
        super("practice", rule, arguments);
    }
}
