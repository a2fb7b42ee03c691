package si.mama.portal.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.NonResponder;
import si.mama.portal.survey.boundary.QuestionnaireResults;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.control.QuestionResult;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.mail.SurveyReminders;

import java.io.Serializable;
import java.util.List;

/**
 * A questionnaire's results ({@code /office/survey-results?id=&region=} for the office, {@code /surveys/results?id=}
 * for centres after closing): the response rate, each question's charts and tables, and for the office who has not
 * answered (with a reminder), the answers' publication and a draft training from a demanded topic.
 */
@Named
@ViewScoped
public class SurveyResultsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f4e79", "#c9a227", "#5b8c5a", "#a0522d", "#6a5acd", "#2e8b99",
            "#b03a5b", "#7a7a7a", "#d2691e", "#3c6e47", "#8b6f47"};

    @Inject
    SurveyResults surveyResults;

    @Inject
    Questionnaires questionnaires;

    @Inject
    SurveyReminders reminders;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private String region;
    private QuestionnaireResults results;
    private List<NonResponder> nonResponders = List.of();

    public void load() {
        if (id == null) {
            throw new NotFoundException("Questionnaire", "(no id)");
        }
        refresh();
    }

    private void refresh() {
        results = surveyResults.results(id, getRegionFilter());
        nonResponders = currentUser.isOffice() ? surveyResults.nonResponders(id) : List.of();
    }

    private Region getRegionFilter() {
        if (region == null || region.isBlank()) {
            return null;
        }
        try {
            return Region.valueOf(region);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException("Region", region);
        }
    }

    /** The office admin reminds the centres that have not submitted (at most once a day each). */
    public void remind() {
        int queued = reminders.remind(id, PortalClock.today());
        texts.info("survey.results.reminded", queued);
        refresh();
    }

    public void publishAnswers(boolean published) {
        try {
            questionnaires.publishAnswers(id, published);
            texts.info(published ? "survey.results.published" : "survey.results.unpublished");
        } catch (PortalException refusal) {
            texts.error(refusal, "publishForm");
        }
        refresh();
    }

    /** A draft training for a demanded choice; the office completes it in the training editor. */
    public String draftTraining(String questionCode, String choiceCode) {
        try {
            Training draft = surveyResults.draftTraining(id, questionCode, choiceCode);
            texts.infoAfterRedirect("survey.results.drafted", draft.getTitle(), draft.getDemandCount());
            return "/office/training?faces-redirect=true&id=" + draft.getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "resultsForm");
            return null;
        }
    }

    public java.time.LocalDate getToday() {
        return PortalClock.today();
    }

    /** "18 of 36 centres have submitted (50 %)", with those still filling in. */
    public String getRateText() {
        var rate = results.rate();
        return texts.format("survey.results.rateText", rate.submitted(), rate.asked(), rate.getPercent().toPlainString(),
                rate.inProgress());
    }

    public String getResponsesText() {
        return texts.format(results.region() == null ? "survey.results.responses" : "survey.results.responsesInRegion",
                results.responses(), results.region() == null ? "" : texts.format(results.region().bundleKey()));
    }

    public String answeredText(QuestionResult result) {
        return texts.format("survey.results.answered", result.answered(), result.shown());
    }

    public boolean isOfficeAdmin() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    /** A choice a draft training can come from: a topic or choice of a needs questionnaire (not "other"). */
    public boolean isDraftable(QuestionResult result, QuestionResult.Count count) {
        return isOfficeAdmin() && result.question().canDemandTraining(count.code());
    }

    public String labelOf(QuestionResult.Count count) {
        return Choice.OTHER.equals(count.code()) ? texts.format("survey.other") : count.label();
    }

    /** Last year's share of the same choice, or {@code null}. */
    public String lastYearOf(QuestionResult result, QuestionResult.Count count) {
        return result.lastYear().stream().filter(old -> old.code().equals(count.code())).findFirst()
                .map(old -> old.percent().toPlainString()).orElse("–");
    }

    /** Chart.js configuration of one question: a bar per choice or scale point (with last year's beside it). */
    public String chartOf(QuestionResult result) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (QuestionResult.Count count : result.counts()) {
            labels.add(labelOf(count));
            now.add(count.percent());
            before.add(result.lastYear().stream().filter(old -> old.code().equals(count.code())).findFirst()
                    .map(QuestionResult.Count::percent).orElse(java.math.BigDecimal.ZERO));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(texts.format("survey.results.thisYear", results.questionnaire().getYear()), now, COLOURS[0]));
        if (result.isComparable()) {
            datasets.add(dataset(texts.format("survey.results.yearLabel", results.comparedWith().getYear()), before,
                    COLOURS[1]));
        }
        return chart(labels, datasets, result.question().getType() != QuestionType.LIKERT, false);
    }

    /** Chart.js configuration of a matrix: a stacked bar per statement, one colour per scale point. */
    public String matrixChartOf(QuestionResult result) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        result.rows().forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<Integer> points = result.question().getScalePoints();
        for (int i = 0; i < points.size(); i++) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            int index = i;
            result.rows().forEach(row -> values.add(row.counts().get(index).percent()));
            datasets.add(dataset(String.valueOf(points.get(i)), values, COLOURS[i % COLOURS.length]));
        }
        return chart(labels, datasets, true, true);
    }

    public int chartHeight(QuestionResult result) {
        int bars = result.question().getType() == QuestionType.LIKERT_MATRIX ? result.rows().size() : result.counts().size();
        return 70 + bars * (result.isComparable() ? 44 : 30);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal, boolean stacked) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("stacked", stacked))
                                .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked))))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public QuestionnaireResults getResults() {
        return results;
    }

    public List<NonResponder> getNonResponders() {
        return nonResponders;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
