package si.mama.portal.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.AnswerSheet;
import si.mama.portal.survey.boundary.SavedAnswer;
import si.mama.portal.survey.boundary.Surveys;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionnairePhase;
import si.mama.portal.survey.entity.ResponseStatus;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answering one questionnaire ({@code /surveys/answer?id=}): its sections and the questions that show with the
 * answers so far. The page's script (survey.js) saves each answer as it is typed through {@link #save()}, keeping
 * it in the browser until the save is confirmed; the centre admin (or, per person, the person) submits and reopens.
 */
@Named
@ViewScoped
public class SurveyAnswering implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "answerForm";

    @Inject
    Surveys surveys;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private AnswerSheet sheet;
    private List<SectionView> sections = List.of();
    private Map<String, QuestionView> byCode = Map.of();
    private final Map<String, String> errors = new HashMap<>();
    private boolean submitTried;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Questionnaire", "(no id)");
        }
        try {
            sheet = surveys.sheet(id);
        } catch (PortalException refusal) {
            texts.error(refusal, null);
            return;
        }
        sections = sheet.questionnaire().getSections().stream().map(SectionView::new).toList();
        byCode = sections.stream().flatMap(section -> section.getQuestions().stream())
                .collect(Collectors.toMap(QuestionView::getCode, Function.identity()));
    }

    /**
     * Saves one answer the page's script sends ({@link SentAnswer}) and hands its token back, so the script clears its
     * copy. A kept answer does not overwrite what a colleague saved since the page last saw it. A refusal shows next
     * to its question; whatever appeared or disappeared with the answer is drawn again.
     */
    public void save() {
        SentAnswer sent = SentAnswer.from(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        QuestionView question = byCode.get(sent.code());
        if (question == null) {
            throw new NotFoundException("Question", sent.code());
        }
        Set<String> visibleBefore = sheet.visibleCodes();
        List<String> updates = new ArrayList<>(List.of(clientId(question, "msg"), clientId(question, "meta")));
        boolean saved = false;
        errors.remove(question.getCode());
        try {
            Optional<SavedAnswer> meanwhile = sent.replay() ? changedMeanwhile(question, sent) : Optional.empty();
            if (meanwhile.isPresent()) {
                errors.put(question.getCode(), texts.format("survey.answer.conflict", meanwhile.get().changedByName(),
                        question.describe(sent.value(), texts.format("survey.other"))));
                updates = new ArrayList<>(List.of(clientId(question, ""))); // show what is saved, and why
            } else {
                sheet = surveys.save(id, question.getCode(), sent.value());
                saved = true;
            }
        } catch (PortalException refusal) {
            errors.put(question.getCode(), texts.format(refusal.messageKey(), refusal.arguments()));
            refresh();
        }
        updates.addAll(visibilityChanges(visibleBefore));
        PrimeFaces.current().ajax().update(updates);
        PrimeFaces.current().ajax().addCallbackParam("savedCode", question.getCode());
        PrimeFaces.current().ajax().addCallbackParam("savedToken", sent.token());
        PrimeFaces.current().ajax().addCallbackParam("savedOk", saved);
    }

    public void submit() {
        try {
            sheet = surveys.submit(id);
            submitTried = false;
            texts.info("survey.answer.submittedNow");
            PrimeFaces.current().ajax().update(FORM, "growl");
        } catch (PortalException refusal) {
            submitTried = true;
            refresh();
            if (!"survey.error.missing".equals(refusal.messageKey())) {
                texts.error(refusal, null);
            }
            PrimeFaces.current().ajax().update(FORM + ":status", FORM + ":submitPanel");
        }
    }

    public void reopen() {
        try {
            sheet = surveys.reopen(id);
            texts.info("survey.answer.reopened");
        } catch (PortalException refusal) {
            texts.error(refusal, null);
            refresh();
        }
        PrimeFaces.current().ajax().update(FORM, "growl");
    }

    private void refresh() {
        try {
            sheet = surveys.sheet(id);
        } catch (PortalException refusal) {
            texts.error(refusal, null);
        }
    }

    /** What a colleague saved after the page last saw this answer saved, if it differs from the kept answer. */
    private Optional<SavedAnswer> changedMeanwhile(QuestionView question, SentAnswer sent) {
        return Optional.ofNullable(sheet.answers().get(question.getCode()))
                .filter(saved -> saved.changedAt() != null && saved.changedAt().toEpochMilli() > sent.base())
                .filter(saved -> !Objects.equals(saved.changedByName(), currentUser.getDisplayName()))
                .filter(saved -> !saved.value().equals(sent.value()));
    }

    /** Sections and questions that appeared or disappeared since {@code before}: a whole section when it did. */
    private List<String> visibilityChanges(Set<String> before) {
        Set<String> now = sheet.visibleCodes();
        List<String> changed = new ArrayList<>();
        for (SectionView section : sections) {
            boolean was = section.getQuestions().stream().anyMatch(q -> before.contains(q.getCode()));
            if (was != isSectionVisible(section)) {
                changed.add(FORM + ":s" + section.getId());
                continue;
            }
            section.getQuestions().stream().filter(q -> before.contains(q.getCode()) != now.contains(q.getCode()))
                    .forEach(q -> changed.add(clientId(q, "")));
        }
        return changed;
    }

    private static String clientId(QuestionView question, String suffix) {
        return FORM + ":q" + question.getId() + suffix;
    }

    // ------------------------------------------------------------------ the page: one question

    public boolean isVisible(QuestionView question) {
        return sheet.isVisible(question.getCode());
    }

    public boolean isSectionVisible(SectionView section) {
        return section.getQuestions().stream().anyMatch(this::isVisible);
    }

    private AnswerValue value(QuestionView question) {
        return sheet.valueOf(question.getCode());
    }

    public boolean isAnswered(QuestionView question) {
        return !value(question).isEmpty();
    }

    public boolean isChecked(QuestionView question, String choiceCode) {
        return value(question).values().contains(choiceCode);
    }

    public boolean isOtherChecked(QuestionView question) {
        return isChecked(question, Choice.OTHER);
    }

    public String other(QuestionView question) {
        return Objects.toString(value(question).other(), "");
    }

    /** A text, number or date answer as typed. */
    public String text(QuestionView question) {
        return Objects.toString(value(question).single(), "");
    }

    public boolean isPoint(QuestionView question, String statementCode, int point) {
        return value(question).values().contains(statementCode + "=" + point);
    }

    public List<QuestionView.Option> ranked(QuestionView question) {
        return question.ranked(value(question));
    }

    /** "Nazadnje spremenil(a) Gregor Kolar, 14. mar. 2026, 10:15", or nothing before the first answer. */
    public String changedLine(QuestionView question) {
        SavedAnswer saved = sheet.answers().get(question.getCode());
        if (saved == null || saved.changedAt() == null) {
            return "";
        }
        return texts.format("survey.answer.changedBy", saved.changedByName(), dateTime().format(saved.changedAt()));
    }

    private static DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(PortalClock.ZONE);
    }

    /** When the page last saw this answer saved (epoch milliseconds, 0 for none): the base of a kept answer. */
    public long changedAtMillis(QuestionView question) {
        SavedAnswer saved = sheet.answers().get(question.getCode());
        return saved == null || saved.changedAt() == null ? 0 : saved.changedAt().toEpochMilli();
    }

    /** The range a number answer must be in, e.g. "od 0 do 200". */
    public String range(QuestionView question) {
        if (question.getMin() != null && question.getMax() != null) {
            return texts.format("survey.answer.range", question.getMin(), question.getMax());
        }
        return question.getMin() != null ? texts.format("survey.answer.rangeMin", question.getMin())
                : texts.format("survey.answer.rangeMax", question.getMax());
    }

    public String error(QuestionView question) {
        return errors.getOrDefault(question.getCode(), "");
    }

    // ------------------------------------------------------------------ the page: the whole sheet

    public AnswerSheet getSheet() {
        return sheet;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public boolean isEditable() {
        return sheet != null && sheet.editable();
    }

    public boolean isMaySubmit() {
        return sheet != null && sheet.maySubmit();
    }

    public boolean isSubmitted() {
        return sheet != null && sheet.isSubmitted();
    }

    public boolean isClosed() {
        return sheet != null && sheet.phase() == QuestionnairePhase.CLOSED;
    }

    public String getStatusKey() {
        ResponseStatus status = sheet.status();
        return status == null ? "survey.response.none" : status.bundleKey();
    }

    /** "Odgovorjeno: 4 od 9 vprašanj": answered among the questions that show. */
    public String getProgress() {
        long answered = sheet.visible().stream().filter(q -> !sheet.valueOf(q.getCode()).isEmpty()).count();
        return texts.format("survey.answer.progress", answered, sheet.visible().size());
    }

    public String getSubmittedLine() {
        return sheet.submittedAt() == null ? "" : texts.format("survey.answer.submittedBy", sheet.submittedBy(),
                dateTime().format(sheet.submittedAt()));
    }

    public String getMissingTitle() {
        return texts.format("survey.answer.missing", sheet.missing().size());
    }

    /** The required questions that show and are unanswered, in order, once a submission was refused. */
    public List<QuestionView> getMissing() {
        return sheet.missing().stream().map(q -> byCode.get(q.getCode())).filter(Objects::nonNull).toList();
    }

    public boolean isSubmitTried() {
        return submitTried;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
