package si.mama.portal.plan.entity;

import java.util.Objects;

/** Normalises the plan's texts: stripped, blank means absent, never longer than the column. */
final class PlanText {

    private PlanText() {
    }

    static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return text;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip().replace("\r\n", "\n");
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max);
        }
        return stripped;
    }

    static String nonNull(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
