package si.mama.portal.people.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** A person's record refused a change (an erased person edited or made active again). */
public class PeopleRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public PeopleRuleViolation(String rule, Object... arguments) {
        super("people", rule, arguments);
    }
}
