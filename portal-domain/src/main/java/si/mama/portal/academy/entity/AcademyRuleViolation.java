package si.mama.portal.academy.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** A training or registration refused a change (not open, deadline passed, already cancelled, ...). */
public class AcademyRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AcademyRuleViolation(String rule, Object... arguments) {
        super("academy", rule, arguments);
    }
}
