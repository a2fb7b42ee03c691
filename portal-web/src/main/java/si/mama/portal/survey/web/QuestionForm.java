package si.mama.portal.survey.web;

import si.mama.portal.platform.error.PortalException;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionDetails;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.SurveyQuestion;
import si.mama.portal.survey.entity.SurveyRuleViolation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The question dialog: what is asked, how it is answered (by type), and when it is shown. */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long sectionId;
    private QuestionType type = QuestionType.SINGLE;
    private String text;
    private String help;
    private String code;
    private boolean required;
    private String choices;
    private boolean allowOther;
    private Integer scaleSize = 5;
    private String scaleLow;
    private String scaleHigh;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private ConditionForm condition = new ConditionForm();

    static QuestionForm newIn(long sectionId) {
        QuestionForm form = new QuestionForm();
        form.sectionId = sectionId;
        return form;
    }

    static QuestionForm of(SurveyQuestion question, boolean conditionWithOptions) {
        QuestionForm form = new QuestionForm();
        form.id = question.getId();
        form.sectionId = question.getSection().getId();
        form.type = question.getType();
        form.text = question.getText();
        form.help = question.getHelp();
        form.code = question.getCode();
        form.required = question.isRequired();
        form.choices = ChoiceLines.format(question.getChoices());
        form.allowOther = question.isAllowOther();
        form.scaleSize = question.getScaleSize() == null ? 5 : question.getScaleSize();
        form.scaleLow = question.getScaleLow();
        form.scaleHigh = question.getScaleHigh();
        form.minValue = question.getMinValue();
        form.maxValue = question.getMaxValue();
        form.condition = ConditionForm.of(question.getConditionOrNull(), conditionWithOptions);
        return form;
    }

    /** What the questionnaire is asked to store; refusals name the field they belong to where there is one. */
    QuestionDetails toDetails(boolean conditionWithOptions) throws PortalException {
        List<Choice> parsed = type.hasChoices() ? ChoiceLines.parse(choices, "choices") : List.of();
        try {
            return new QuestionDetails(type, code, text, help, required, parsed, allowOther, scaleSize, scaleLow,
                    scaleHigh, minValue, maxValue, condition.toCondition(conditionWithOptions));
        } catch (SurveyRuleViolation violation) {
            throw SurveyFields.refusal(violation);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isWithChoices() {
        return type.hasChoices();
    }

    public boolean isWithScale() {
        return type.hasScale();
    }

    public boolean isWithOther() {
        return type.allowsOther();
    }

    public boolean isWithRange() {
        return type == QuestionType.NUMBER;
    }

    public boolean isTopics() {
        return type == QuestionType.TOPICS;
    }

    /** A matrix lists statements rather than choices. */
    public boolean isMatrix() {
        return type == QuestionType.LIKERT_MATRIX;
    }

    public Long getId() {
        return id;
    }

    public long getSectionId() {
        return sectionId;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type == null ? QuestionType.SINGLE : type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isAllowOther() {
        return allowOther;
    }

    public void setAllowOther(boolean allowOther) {
        this.allowOther = allowOther;
    }

    public Integer getScaleSize() {
        return scaleSize;
    }

    public void setScaleSize(Integer scaleSize) {
        this.scaleSize = scaleSize;
    }

    public String getScaleLow() {
        return scaleLow;
    }

    public void setScaleLow(String scaleLow) {
        this.scaleLow = scaleLow;
    }

    public String getScaleHigh() {
        return scaleHigh;
    }

    public void setScaleHigh(String scaleHigh) {
        this.scaleHigh = scaleHigh;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public void setMinValue(BigDecimal minValue) {
        this.minValue = minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(BigDecimal maxValue) {
        this.maxValue = maxValue;
    }

    public ConditionForm getCondition() {
        return condition;
    }
}
