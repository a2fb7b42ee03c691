package si.mama.portal.survey.entity;

import si.mama.portal.platform.entity.RuleViolation;

/** A questionnaire or a response refused a change; the message comes from {@code survey.error.<rule>}. */
public class SurveyRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public SurveyRuleViolation(String rule, Object... arguments) {
        super("survey", rule, arguments);
    }
}
