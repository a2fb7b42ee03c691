package si.mama.portal.survey.web;

import si.mama.portal.platform.error.PortalException;
import si.mama.portal.survey.entity.Condition;
import si.mama.portal.survey.entity.ConditionOperator;
import si.mama.portal.survey.entity.SurveyRuleViolation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The condition part of the section and question dialogs: an earlier question (none: always shown), how its answer
 * is tested, and the value(s): picked from the question's options when it has any, typed otherwise.
 */
public class ConditionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Typed values of "is any of" are separated by semicolons. */
    static final String TYPED_SEPARATOR = ";";

    private String questionCode;
    private ConditionOperator operator = ConditionOperator.EQUALS;
    private String value;
    private String[] values = new String[0];
    private String typed;

    static ConditionForm of(Condition condition, boolean withOptions) {
        ConditionForm form = new ConditionForm();
        if (condition == null) {
            return form;
        }
        form.questionCode = condition.getQuestionCode();
        form.operator = condition.getOperator();
        List<String> current = condition.getValues();
        if (withOptions) {
            form.value = current.isEmpty() ? null : current.get(0);
            form.values = current.toArray(String[]::new);
        } else {
            form.typed = String.join(TYPED_SEPARATOR + " ", current);
        }
        return form;
    }

    /** The condition, or {@code null} when no question is chosen. */
    Condition toCondition(boolean withOptions) throws PortalException {
        if (questionCode == null || questionCode.isBlank()) {
            return null;
        }
        try {
            return new Condition(questionCode, operator, chosenValues(withOptions));
        } catch (SurveyRuleViolation violation) {
            throw PortalException.of(violation);
        }
    }

    private List<String> chosenValues(boolean withOptions) {
        if (!operator.needsValues()) {
            return List.of();
        }
        if (withOptions) {
            return operator == ConditionOperator.EQUALS ? value == null ? List.of() : List.of(value) : List.of(values);
        }
        if (typed == null) {
            return List.of();
        }
        return operator == ConditionOperator.EQUALS ? List.of(typed)
                : Arrays.stream(typed.split(TYPED_SEPARATOR)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public boolean isSet() {
        return questionCode != null && !questionCode.isBlank();
    }

    /** Whether the value(s) are asked for at all ("is answered" needs none). */
    public boolean isNeedsValues() {
        return isSet() && operator != null && operator.needsValues();
    }

    public boolean isMany() {
        return operator == ConditionOperator.ANY_OF;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    /** Another question has other options: the values chosen for the previous one no longer apply. */
    public void setQuestionCode(String questionCode) {
        if (!java.util.Objects.equals(this.questionCode, questionCode)) {
            value = null;
            values = new String[0];
            typed = null;
        }
        this.questionCode = questionCode;
    }

    public ConditionOperator getOperator() {
        return operator;
    }

    public void setOperator(ConditionOperator operator) {
        this.operator = operator == null ? ConditionOperator.EQUALS : operator;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String[] getValues() {
        return values.clone();
    }

    public void setValues(String[] values) {
        this.values = values == null ? new String[0] : values.clone();
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
