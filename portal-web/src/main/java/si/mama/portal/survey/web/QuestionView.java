package si.mama.portal.survey.web;

import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.SurveyQuestion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One question as the answer page shows it, with plain getters for EL (Jakarta EL 5 does not read the record
 * {@link Choice}); taken once per view, so the page's structure stays the same while answers change.
 */
public final class QuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final QuestionType type;
    private final String text;
    private final String help;
    private final boolean required;
    private final List<Option> choices;
    private final boolean allowOther;
    private final List<Integer> scalePoints;
    private final String scaleLow;
    private final String scaleHigh;
    private final String min;
    private final String max;

    QuestionView(SurveyQuestion question) {
        this.id = question.getId() == null ? 0 : question.getId();
        this.code = question.getCode();
        this.type = question.getType();
        this.text = question.getText();
        this.help = question.getHelp();
        this.required = question.isRequired();
        this.choices = question.getChoices().stream().map(c -> new Option(c.code(), c.label())).toList();
        this.allowOther = question.isAllowOther() && question.getType().allowsOther();
        this.scalePoints = question.getScalePoints();
        this.scaleLow = question.getScaleLow();
        this.scaleHigh = question.getScaleHigh();
        this.min = plain(question.getMinValue());
        this.max = plain(question.getMaxValue());
    }

    /** A choice (or a matrix's statement) for the page. */
    public static final class Option implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;

        Option(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The choices in the order of a ranking answer; choices it does not name follow in their own order. */
    List<Option> ranked(AnswerValue answer) {
        Map<String, Option> byCode = choices.stream().collect(Collectors.toMap(Option::getCode, Function.identity()));
        List<Option> ordered = new ArrayList<>(answer.values().stream().filter(byCode::containsKey).map(byCode::get).toList());
        choices.stream().filter(choice -> !ordered.contains(choice)).forEach(ordered::add);
        return ordered;
    }

    /** An answer in words, e.g. for a message about an answer that could not be saved. */
    String describe(AnswerValue answer, String otherLabel) {
        return switch (type) {
            case SINGLE, MULTIPLE, TOPICS, RANKING -> answer.values().stream()
                    .map(value -> Choice.OTHER.equals(value) ? otherLabel + (answer.other() == null ? "" : ": " + answer.other())
                            : labelOf(value))
                    .collect(Collectors.joining(", "));
            case LIKERT_MATRIX -> answer.values().stream()
                    .map(value -> labelOf(value.substring(0, Math.max(0, value.indexOf('=')))) + " "
                            + value.substring(value.indexOf('=') + 1))
                    .collect(Collectors.joining(", "));
            default -> String.join(" ", answer.values());
        };
    }

    private String labelOf(String choiceCode) {
        return choices.stream().filter(c -> c.getCode().equals(choiceCode)).map(Option::getLabel).findFirst().orElse(choiceCode);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The type's name, for the page's choice of input. */
    public String getType() {
        return type.name();
    }

    public String getTypeKey() {
        return type.bundleKey();
    }

    public String getText() {
        return text;
    }

    public String getHelp() {
        return help;
    }

    public boolean isRequired() {
        return required;
    }

    public List<Option> getChoices() {
        return choices;
    }

    public boolean isAllowOther() {
        return allowOther;
    }

    public List<Integer> getScalePoints() {
        return scalePoints;
    }

    public String getScaleLow() {
        return scaleLow;
    }

    public String getScaleHigh() {
        return scaleHigh;
    }

    public String getMin() {
        return min;
    }

    public String getMax() {
        return max;
    }

    /** Choices, a scale or a matrix: answered in a fieldset with a legend rather than one labelled field. */
    public boolean isGroup() {
        return type.hasChoices() || type.hasScale();
    }
}
