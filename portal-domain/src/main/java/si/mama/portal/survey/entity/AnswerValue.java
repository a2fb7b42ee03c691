package si.mama.portal.survey.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one answer holds, whatever its question's type: one value (a choice code, a scale point, a number, a date,
 * a text), several values (choice codes; for a ranking in order), or, for a matrix, one {@code statement=point}
 * per statement; {@code other} is the text of an "other" choice. {@link SurveyQuestion#accept} checks and
 * normalises it against its question.
 */
public record AnswerValue(List<String> values, String other) implements Serializable {

    public static final AnswerValue EMPTY = new AnswerValue(List.of(), null);

    public AnswerValue {
        values = values == null ? List.of()
                : values.stream().filter(Objects::nonNull).filter(value -> !value.isBlank()).toList();
        other = other == null || other.isBlank() ? null : other.strip();
    }

    public static AnswerValue of(String value) {
        return new AnswerValue(value == null ? List.of() : List.of(value), null);
    }

    public static AnswerValue of(List<String> values, String other) {
        return new AnswerValue(values, other);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The one value of a single-valued answer, or {@code null}. */
    public String single() {
        return values.isEmpty() ? null : values.get(0);
    }

    /** Whether the answer is, or contains, {@code value} (a condition's test). */
    public boolean matches(String value) {
        return values.contains(value);
    }

    /** The stored form: a text as it is, otherwise the values one per line. */
    public String toColumn(QuestionType type) {
        if (values.isEmpty()) {
            return null;
        }
        return type.isText() ? values.get(0) : String.join("\n", values);
    }

    public static AnswerValue fromColumns(QuestionType type, String column, String other) {
        if (column == null || column.isEmpty()) {
            return new AnswerValue(List.of(), other);
        }
        return new AnswerValue(type.isText() ? List.of(column) : Arrays.asList(column.split("\n")), other);
    }
}
