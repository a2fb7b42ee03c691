package si.mama.portal.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a questionnaire, in one of its sections. Its code stays the same through copies, so two years'
 * answers compare on it. {@link #accept} decides whether an answer fits the question and normalises it.
 */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest short text; a long text may hold this many characters. */
    public static final int SHORT_TEXT_MAX = 500;
    public static final int LONG_TEXT_MAX = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false, updatable = false)
    private Questionnaire questionnaire;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private SurveySection section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = QuestionDetails.CODE_MAX)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 16)
    private QuestionType type;

    @Column(nullable = false, length = QuestionDetails.TEXT_MAX)
    private String text;

    @Column(length = QuestionDetails.HELP_MAX)
    private String help;

    @Column(nullable = false)
    private boolean required;

    @Convert(converter = ChoicesConverter.class)
    @Column(name = "choices")
    private List<Choice> choices = new ArrayList<>();

    @Column(name = "allow_other", nullable = false)
    private boolean allowOther;

    @Column(name = "scale_size")
    private Integer scaleSize;

    @Column(name = "scale_low", length = QuestionDetails.SCALE_LABEL_MAX)
    private String scaleLow;

    @Column(name = "scale_high", length = QuestionDetails.SCALE_LABEL_MAX)
    private String scaleHigh;

    @Column(name = "min_value", precision = 12, scale = 2)
    private BigDecimal minValue;

    @Column(name = "max_value", precision = 12, scale = 2)
    private BigDecimal maxValue;

    @Embedded
    private Condition condition;

    protected SurveyQuestion() {
        // for JPA
    }

    SurveyQuestion(Questionnaire questionnaire, SurveySection section, int position, QuestionDetails details) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.section = Objects.requireNonNull(section, "section");
        this.position = position;
        apply(details);
    }

    void apply(QuestionDetails details) {
        this.code = Objects.requireNonNull(details.code(), "code");
        this.type = details.type();
        this.text = details.text();
        this.help = details.help();
        this.required = details.required();
        this.choices = new ArrayList<>(details.choices());
        this.allowOther = details.allowOther();
        this.scaleSize = details.scaleSize();
        this.scaleLow = details.scaleLow();
        this.scaleHigh = details.scaleHigh();
        this.minValue = details.minValue();
        this.maxValue = details.maxValue();
        this.condition = details.condition();
    }

    public QuestionDetails details() {
        return new QuestionDetails(type, code, text, help, required, List.copyOf(choices), allowOther, scaleSize,
                scaleLow, scaleHigh, minValue, maxValue, getCondition().orElse(null));
    }

    /**
     * Whether a change keeps the answers given so far meaningful: the same type and code, every choice still
     * there, the same scale, a range no narrower. Texts, help, labels, new choices and the condition may change.
     */
    void requireCompatible(QuestionDetails next) {
        boolean compatible = next.type() == type && next.code().equals(code)
                && next.choices().stream().map(Choice::code).toList().containsAll(choices.stream().map(Choice::code).toList())
                && Objects.equals(next.scaleSize(), scaleSize)
                && (next.minValue() == null || minValue != null && next.minValue().compareTo(minValue) <= 0)
                && (next.maxValue() == null || maxValue != null && next.maxValue().compareTo(maxValue) >= 0)
                && (!allowOther || next.allowOther());
        if (!compatible) {
            throw new SurveyRuleViolation("answeredQuestion", text);
        }
    }

    /**
     * The answer as it will be stored, checked against the question: known choices (and "other" only where
     * allowed, with its text), a point of the scale, a number in range, a date, a text not too long. An empty
     * answer is always accepted (it clears the answer); whether it is required is checked on submission.
     */
    public AnswerValue accept(AnswerValue answer) {
        if (answer == null || answer.isEmpty()) {
            return AnswerValue.EMPTY;
        }
        List<String> values = answer.values();
        return switch (type) {
            case SINGLE -> {
                requireOne(values);
                String value = requireChoice(values.get(0));
                yield new AnswerValue(values, Choice.OTHER.equals(value) ? requireOther(answer.other()) : null);
            }
            case MULTIPLE, TOPICS -> {
                Set<String> distinct = new HashSet<>();
                values.forEach(value -> {
                    requireChoice(value);
                    if (!distinct.add(value)) {
                        throw new SurveyRuleViolation("duplicateValue");
                    }
                });
                yield new AnswerValue(values, values.contains(Choice.OTHER) ? requireOther(answer.other()) : null);
            }
            case RANKING -> {
                Set<String> distinct = new HashSet<>();
                values.forEach(value -> {
                    requireKnown(value);
                    if (!distinct.add(value)) {
                        throw new SurveyRuleViolation("duplicateValue");
                    }
                });
                yield new AnswerValue(values, null);
            }
            case LIKERT -> {
                requireOne(values);
                requirePoint(values.get(0));
                yield new AnswerValue(values, null);
            }
            case LIKERT_MATRIX -> {
                Map<String, String> points = new LinkedHashMap<>();
                for (String value : values) {
                    int equals = value.indexOf('=');
                    if (equals < 1) {
                        throw new SurveyRuleViolation("notAnAnswer");
                    }
                    String statement = requireKnown(value.substring(0, equals));
                    requirePoint(value.substring(equals + 1));
                    points.put(statement, value.substring(equals + 1));
                }
                // in the order of the statements, one point each
                yield new AnswerValue(choices.stream().filter(c -> points.containsKey(c.code()))
                        .map(c -> c.code() + "=" + points.get(c.code())).toList(), null);
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String joined = String.join("\n", values).strip();
                int max = type == QuestionType.SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
                if (joined.length() > max) {
                    throw new SurveyRuleViolation("tooLong", max);
                }
                yield AnswerValue.of(type == QuestionType.SHORT_TEXT ? joined.replace('\n', ' ') : joined);
            }
            case NUMBER -> {
                requireOne(values);
                BigDecimal number;
                try {
                    number = new BigDecimal(values.get(0).strip().replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    throw new SurveyRuleViolation("notANumber");
                }
                if (minValue != null && number.compareTo(minValue) < 0 || maxValue != null && number.compareTo(maxValue) > 0) {
                    throw new SurveyRuleViolation("outOfRange", plain(minValue), plain(maxValue));
                }
                yield AnswerValue.of(number.stripTrailingZeros().toPlainString());
            }
            case DATE -> {
                requireOne(values);
                try {
                    yield AnswerValue.of(LocalDate.parse(values.get(0).strip()).toString());
                } catch (DateTimeParseException notADate) {
                    throw new SurveyRuleViolation("notADate");
                }
            }
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private static void requireOne(List<String> values) {
        if (values.size() != 1) {
            throw new SurveyRuleViolation("oneValue");
        }
    }

    private String requireChoice(String value) {
        return Choice.OTHER.equals(value) && allowOther ? value : requireKnown(value);
    }

    private String requireKnown(String value) {
        if (choices.stream().noneMatch(choice -> choice.code().equals(value))) {
            throw new SurveyRuleViolation("unknownChoice", value);
        }
        return value;
    }

    private static String requireOther(String other) {
        if (other == null || other.isBlank()) {
            throw new SurveyRuleViolation("otherMissing");
        }
        if (other.length() > 500) {
            throw new SurveyRuleViolation("tooLong", 500);
        }
        return other;
    }

    private void requirePoint(String value) {
        try {
            int point = Integer.parseInt(value.strip());
            if (point < 1 || point > scaleSize) {
                throw new SurveyRuleViolation("notOnScale", scaleSize);
            }
        } catch (NumberFormatException notANumber) {
            throw new SurveyRuleViolation("notOnScale", scaleSize);
        }
    }

    /**
     * Whether a choice of this question can become a draft training in the academy: a topic or choice question of a
     * needs questionnaire, and not the "other" choice.
     */
    public boolean canDemandTraining(String choiceCode) {
        return questionnaire.getKind() == QuestionnaireKind.NEEDS && !Choice.OTHER.equals(choiceCode)
                && (type == QuestionType.TOPICS || type == QuestionType.SINGLE || type == QuestionType.MULTIPLE)
                && choices.stream().anyMatch(choice -> choice.code().equals(choiceCode));
    }

    /** The label of a choice code (or the code itself when it is not one of this question's choices). */
    public String labelOf(String choiceCode) {
        return choices.stream().filter(choice -> choice.code().equals(choiceCode)).map(Choice::label).findFirst()
                .orElse(choiceCode);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void moveToSection(SurveySection newSection, int newPosition) {
        this.section = newSection;
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public SurveySection getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public QuestionType getType() {
        return type;
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

    public List<Choice> getChoices() {
        return List.copyOf(choices);
    }

    public boolean isAllowOther() {
        return allowOther;
    }

    public Integer getScaleSize() {
        return scaleSize;
    }

    public String getScaleLow() {
        return scaleLow;
    }

    public String getScaleHigh() {
        return scaleHigh;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    /** The condition, when the question has one. */
    public Optional<Condition> getCondition() {
        return condition == null || !condition.isSet() ? Optional.empty() : Optional.of(condition);
    }

    /** For pages: the condition or {@code null}. */
    public Condition getConditionOrNull() {
        return getCondition().orElse(null);
    }

    /** The scale's points 1..n, for pages. */
    public List<Integer> getScalePoints() {
        return scaleSize == null ? List.of() : java.util.stream.IntStream.rangeClosed(1, scaleSize).boxed().toList();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SurveyQuestion question && id != null && id.equals(question.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "SurveyQuestion[" + id + " " + code + " " + type + "]";
    }
}
