package si.mama.portal.survey.entity;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the builder says about one question. Normalises on construction and refuses what can never be stored;
 * rules that depend on the rest of the questionnaire (unique codes, conditions on earlier questions) are the
 * questionnaire's.
 */
public record QuestionDetails(QuestionType type, String code, String text, String help, boolean required,
                              List<Choice> choices, boolean allowOther, Integer scaleSize, String scaleLow,
                              String scaleHigh, BigDecimal minValue, BigDecimal maxValue, Condition condition) {

    public static final int TEXT_MAX = 1000;
    public static final int HELP_MAX = 1000;
    public static final int SCALE_LABEL_MAX = 100;
    public static final int CODE_MAX = 40;

    public QuestionDetails {
        Objects.requireNonNull(type, "type");
        text = Texts.required(text, TEXT_MAX, "questionText");
        help = Texts.optional(help, HELP_MAX);
        code = code == null || code.isBlank() ? null : code.strip().toLowerCase(java.util.Locale.ROOT);
        if (code != null && !code.matches("[a-z][a-z0-9_.-]{0," + (CODE_MAX - 1) + "}")) {
            throw new SurveyRuleViolation("badCode", code);
        }
        choices = type.hasChoices() && choices != null ? List.copyOf(choices) : List.of();
        if (type.hasChoices() && choices.size() < (type == QuestionType.LIKERT_MATRIX || type == QuestionType.TOPICS ? 1 : 2)) {
            throw new SurveyRuleViolation(type == QuestionType.LIKERT_MATRIX ? "needsStatements" : "needsChoices");
        }
        Set<String> codes = new HashSet<>();
        for (Choice choice : choices) {
            if (!codes.add(choice.code())) {
                throw new SurveyRuleViolation("duplicateChoice", choice.label());
            }
        }
        allowOther = allowOther && type.allowsOther();
        if (type.hasScale()) {
            scaleSize = scaleSize == null ? 5 : scaleSize;
            if (scaleSize < 2 || scaleSize > 11) {
                throw new SurveyRuleViolation("scaleSize");
            }
            scaleLow = Texts.optional(scaleLow, SCALE_LABEL_MAX);
            scaleHigh = Texts.optional(scaleHigh, SCALE_LABEL_MAX);
        } else {
            scaleSize = null;
            scaleLow = null;
            scaleHigh = null;
        }
        if (type != QuestionType.NUMBER) {
            minValue = null;
            maxValue = null;
        } else if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
            throw new SurveyRuleViolation("rangeReversed");
        }
        condition = condition == null || !condition.isSet() ? null : condition;
    }

    /** The same question with its code given (the questionnaire gives one when the builder did not). */
    public QuestionDetails withCode(String newCode) {
        return new QuestionDetails(type, newCode, text, help, required, choices, allowOther, scaleSize, scaleLow,
                scaleHigh, minValue, maxValue, condition);
    }

    /** The same question without its condition. */
    public QuestionDetails withCondition(Condition newCondition) {
        return new QuestionDetails(type, code, text, help, required, choices, allowOther, scaleSize, scaleLow,
                scaleHigh, minValue, maxValue, newCondition);
    }
}
