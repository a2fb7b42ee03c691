package si.mama.portal.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Show this only when the answer to question {@code questionCode} …": equals a value, is any of several values,
 * is answered, or is not answered. An answer of several values (a multiple choice) meets EQUALS when it contains
 * the value. A question that is hidden itself counts as not answered.
 */
@Embeddable
public class Condition implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int VALUES_MAX = 1000;

    @Column(name = "condition_question", length = 40)
    private String questionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_operator", length = 16)
    private ConditionOperator operator;

    @Column(name = "condition_values", length = VALUES_MAX)
    private String values;

    protected Condition() {
        // for JPA: all columns null is "always shown"
    }

    public Condition(String questionCode, ConditionOperator operator, List<String> values) {
        this.questionCode = Objects.requireNonNull(questionCode, "questionCode").strip();
        this.operator = Objects.requireNonNull(operator, "operator");
        List<String> cleaned = values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (operator.needsValues() && cleaned.isEmpty()) {
            throw new SurveyRuleViolation("conditionNeedsValue");
        }
        if (operator == ConditionOperator.EQUALS && cleaned.size() > 1) {
            throw new SurveyRuleViolation("conditionOneValue");
        }
        this.values = operator.needsValues() ? String.join("\n", cleaned) : null;
        if (this.values != null && this.values.length() > VALUES_MAX) {
            throw new SurveyRuleViolation("conditionTooLong");
        }
    }

    /** Whether there is a condition at all (an embedded condition read with all columns null is none). */
    public boolean isSet() {
        return questionCode != null && operator != null;
    }

    /** Whether the answers (by question code, of the visible questions only) meet the condition. */
    public boolean isMet(Map<String, AnswerValue> answers) {
        if (!isSet()) {
            return true;
        }
        AnswerValue answer = answers.get(questionCode);
        boolean answered = answer != null && !answer.isEmpty();
        return switch (operator) {
            case ANSWERED -> answered;
            case NOT_ANSWERED -> !answered;
            case EQUALS, ANY_OF -> answered && getValues().stream().anyMatch(answer::matches);
        };
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public ConditionOperator getOperator() {
        return operator;
    }

    public List<String> getValues() {
        return values == null || values.isBlank() ? List.of() : Arrays.asList(values.split("\n"));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Condition condition && Objects.equals(questionCode, condition.questionCode)
                && operator == condition.operator && Objects.equals(values, condition.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionCode, operator, values);
    }

    @Override
    public String toString() {
        return isSet() ? questionCode + " " + operator + " " + getValues() : "always";
    }
}
