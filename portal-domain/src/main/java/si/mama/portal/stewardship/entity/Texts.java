package si.mama.portal.stewardship.entity;

/** Trimming and length limits of stewardship texts. */
final class Texts {

    private Texts() {
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new StewardshipRuleViolation("tooLong", max);
        }
        return text;
    }

    static String required(String value, int max, String rule) {
        String text = optional(value, max);
        if (text == null) {
            throw new StewardshipRuleViolation(rule);
        }
        return text;
    }
}
