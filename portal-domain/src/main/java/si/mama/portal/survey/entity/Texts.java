package si.mama.portal.survey.entity;

/** Trimming and length limits of the questionnaire's texts. */
final class Texts {

    private Texts() {
    }

    static String required(String value, int max, String rule) {
        String text = optional(value, max);
        if (text == null) {
            throw new SurveyRuleViolation(rule + "Missing");
        }
        return text;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new SurveyRuleViolation("tooLong", max);
        }
        return text;
    }
}
