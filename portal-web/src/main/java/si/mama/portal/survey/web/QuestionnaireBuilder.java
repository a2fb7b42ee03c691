package si.mama.portal.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.Condition;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;
import si.mama.portal.survey.entity.QuestionnaireStatus;
import si.mama.portal.survey.entity.SurveyQuestion;
import si.mama.portal.survey.entity.SurveyRuleViolation;
import si.mama.portal.survey.entity.SurveySection;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The office's questionnaire builder ({@code /office/survey?id=}): details, sections and questions in order, each
 * with its condition on an earlier answer, edited through dialogs; sending it to the centres. The questionnaire
 * keeps its own rules; refusals are shown in the dialog (or the page) they came from. While the page is open its
 * session is kept alive, so an edit in progress never meets an expired session.
 */
@Named
@ViewScoped
public class QuestionnaireBuilder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Questionnaires questionnaires;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private Questionnaire questionnaire;
    private QuestionnaireForm detailsForm;
    private SurveySectionForm sectionForm = SurveySectionForm.newOne();
    private QuestionForm questionForm = QuestionForm.newIn(0);

    public void load() {
        if (id == null) {
            throw new NotFoundException("Questionnaire", "(no id)");
        }
        reload();
        detailsForm = QuestionnaireForm.of(questionnaire);
    }

    void reload() {
        questionnaire = questionnaires.find(id);
    }

    /** The office admin builds; office staff read. */
    public boolean isEditable() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    public boolean isSendable() {
        return isEditable() && questionnaire.getStatus() == QuestionnaireStatus.DRAFT;
    }

    public QuestionnairePhase getPhase() {
        return questionnaire.phase(PortalClock.today());
    }

    /** Called by the page every few minutes: the request itself keeps the session (and sign-in) alive. */
    public void keepAlive() {
        // nothing to do
    }

    // ---- the questionnaire -----------------------------------------------------------------------------

    public void startEditingDetails() {
        detailsForm = QuestionnaireForm.of(questionnaire);
    }

    public void saveDetails() {
        if (run("detailsForm", () -> questionnaires.update(id, detailsForm.getVersion(), detailsForm.toDetails()),
                "surveyBuilder.saved")) {
            PrimeFaces.current().executeScript("PF('detailsDialog').hide()");
        }
    }

    /** A refusal (nothing to send, closed already) is shown next to the button until the next action. */
    public void send() {
        run("statusForm", () -> {
            try {
                questionnaires.send(id);
            } catch (PortalException refusal) {
                throw new PortalException(refusal.messageKey(), "send", refusal.arguments());
            }
        }, "surveyBuilder.sentMessage");
    }

    // ---- sections --------------------------------------------------------------------------------------

    public void startAddingSection() {
        sectionForm = SurveySectionForm.newOne();
    }

    public void startEditingSection(long sectionId) {
        SurveySection section = section(sectionId);
        sectionForm = SurveySectionForm.of(section, hasOptions(conditionCode(section.getConditionOrNull())));
    }

    public void saveSection() {
        if (run("sectionForm", () -> {
            boolean withOptions = hasOptions(sectionForm.getCondition().getQuestionCode());
            if (sectionForm.isNew()) {
                questionnaires.addSection(id, sectionForm.toDetails(withOptions));
            } else {
                questionnaires.updateSection(id, sectionForm.getId(), sectionForm.toDetails(withOptions));
            }
        }, "surveyBuilder.saved")) {
            PrimeFaces.current().executeScript("PF('sectionDialog').hide()");
        }
    }

    public void removeSection(long sectionId) {
        run(null, () -> questionnaires.removeSection(id, sectionId), "surveyBuilder.removed");
    }

    public void moveSection(long sectionId, int direction) {
        run(null, () -> questionnaires.moveSection(id, sectionId, direction), null);
    }

    // ---- questions -------------------------------------------------------------------------------------

    public void startAddingQuestion(long sectionId) {
        questionForm = QuestionForm.newIn(section(sectionId).getId());
    }

    public void startEditingQuestion(long questionId) {
        SurveyQuestion question = questionnaire.questionById(questionId)
                .orElseThrow(() -> new NotFoundException("Question", questionId));
        questionForm = QuestionForm.of(question, hasOptions(conditionCode(question.getConditionOrNull())));
    }

    public void saveQuestion() {
        if (run("questionForm", () -> {
            boolean withOptions = hasOptions(questionForm.getCondition().getQuestionCode());
            if (questionForm.isNew()) {
                questionnaires.addQuestion(id, questionForm.getSectionId(), questionForm.toDetails(withOptions));
            } else {
                questionnaires.updateQuestion(id, questionForm.getId(), questionForm.toDetails(withOptions));
            }
        }, "surveyBuilder.saved")) {
            PrimeFaces.current().executeScript("PF('questionDialog').hide()");
        }
    }

    public void removeQuestion(long questionId) {
        run(null, () -> questionnaires.removeQuestion(id, questionId), "surveyBuilder.removed");
    }

    public void moveQuestion(long questionId, int direction) {
        run(null, () -> questionnaires.moveQuestion(id, questionId, direction), null);
    }

    /** Fills the choices of a "pick topics" question with the academy's topics. */
    public void insertTopics() {
        List<Choice> topics = questionnaires.academyTopics();
        if (topics.isEmpty()) {
            texts.error(new PortalException("surveyBuilder.noTopics", null), "questionForm");
            return;
        }
        questionForm.setChoices(ChoiceLines.format(topics));
    }

    // ---- conditions ------------------------------------------------------------------------------------

    /** The questions a section's condition may look at: those of the sections before it. */
    public List<SurveyQuestion> getSectionConditionQuestions() {
        List<SurveyQuestion> earlier = new ArrayList<>();
        for (SurveySection section : questionnaire.getSections()) {
            if (section.getId().equals(sectionForm.getId())) {
                break;
            }
            earlier.addAll(section.getQuestions());
        }
        return earlier;
    }

    /** The questions a question's condition may look at: those before it (a new one goes at its section's end). */
    public List<SurveyQuestion> getQuestionConditionQuestions() {
        List<SurveyQuestion> earlier = new ArrayList<>();
        for (SurveySection section : questionnaire.getSections()) {
            for (SurveyQuestion question : section.getQuestions()) {
                if (question.getId().equals(questionForm.getId())) {
                    return earlier;
                }
                earlier.add(question);
            }
            if (questionForm.isNew() && section.getId() == questionForm.getSectionId()) {
                return earlier;
            }
        }
        return earlier;
    }

    /** The values a condition on the question {@code code} picks from; none when they are typed. */
    public List<Option> optionsFor(String code) {
        return ConditionTexts.options(code == null ? null : questionnaire.question(code).orElse(null), texts);
    }

    public boolean hasOptions(String code) {
        return !optionsFor(code).isEmpty();
    }

    /** The regions or the number of centres asked, beyond the audience's name. */
    public String getAudienceDetail() {
        return QuestionnaireList.audienceOf(questionnaire, texts);
    }

    /** "Send it? Centres answer from … to …", with the dates in the page's language. */
    public String getSendConfirm() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return texts.format("surveyBuilder.sendConfirm", dates.format(questionnaire.getOpensOn()),
                dates.format(questionnaire.getClosesOn()));
    }

    public String conditionText(Condition condition) {
        return ConditionTexts.describe(questionnaire, condition, texts);
    }

    private static String conditionCode(Condition condition) {
        return condition == null ? null : condition.getQuestionCode();
    }

    // ---- plumbing --------------------------------------------------------------------------------------

    /** A change through the boundary, refused changes shown in {@code formId} (or the growl); the page reloads. */
    @FunctionalInterface
    interface Change {
        void apply() throws PortalException;
    }

    private boolean run(String formId, Change change, String successKey) {
        try {
            change.apply();
            if (successKey != null) {
                texts.info(successKey);
            }
            return true;
        } catch (SurveyRuleViolation violation) {
            texts.error(formId == null ? PortalException.of(violation) : SurveyFields.refusal(violation), formId);
            return false;
        } catch (PortalException refusal) {
            texts.error(formId == null ? refusal : SurveyFields.placed(refusal), formId);
            return false;
        } finally {
            reload();
        }
    }

    private SurveySection section(long sectionId) {
        return questionnaire.section(sectionId).orElseThrow(() -> new NotFoundException("Section", sectionId));
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public QuestionnaireForm getDetailsForm() {
        return detailsForm;
    }

    public SurveySectionForm getSectionForm() {
        return sectionForm;
    }

    public QuestionForm getQuestionForm() {
        return questionForm;
    }
}
