package si.mama.portal.centre.entity;

import java.util.regex.Pattern;

/** Trimming, length limits and formats of membership record fields; refusals name their field. */
final class RecordTexts {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RecordTexts() {
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new MembershipRuleViolation(field, "tooLong", max);
        }
        return text;
    }

    static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text == null) {
            throw new MembershipRuleViolation(field, "required");
        }
        return text;
    }

    /** Digits only once spaces are dropped, and of one of the allowed lengths; {@code null} when blank. */
    static String digits(String value, String field, String rule, int... lengths) {
        String text = value == null ? null : value.replace(" ", "");
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (int length : lengths) {
            if (text.length() == length && text.chars().allMatch(Character::isDigit)) {
                return text;
            }
        }
        throw new MembershipRuleViolation(field, rule);
    }

    static String email(String value, String field) {
        String text = optional(value, 254, field);
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw new MembershipRuleViolation(field, "invalidEmail");
        }
        return text;
    }
}
