package si.mama.portal.survey.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The office's questionnaires ({@code /office/surveys?year=}): each with where it stands and its response rate,
 * a new one, or a copy of an earlier one (last year's needs questionnaire) into a year.
 */
@Named
@ViewScoped
public class QuestionnaireList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Questionnaires questionnaires;

    @Inject
    SurveyResults results;

    @Inject
    Texts texts;

    private Integer year;
    private List<QuestionnaireRow> rows;
    private List<Integer> years;
    private List<Questionnaire> copyable;
    private QuestionnaireForm form;
    private Long copyFrom;
    private Integer copyYear;

    public void load() {
        LocalDate today = PortalClock.today();
        rows = questionnaires.list(year).stream()
                .map(q -> new QuestionnaireRow(q, q.phase(today),
                        q.getStatus() == QuestionnaireStatus.SENT ? results.rate(q.getId()) : null))
                .toList();
        TreeSet<Integer> known = new TreeSet<>(questionnaires.years());
        known.add(today.getYear());
        years = List.copyOf(known.descendingSet());
        startCreating();
    }

    public void startCreating() {
        form = QuestionnaireForm.newFor(year == null ? PortalClock.today().getYear() : year, PortalClock.today());
    }

    public String create() {
        try {
            Questionnaire created = questionnaires.create(form.toDetails());
            texts.infoAfterRedirect("officeSurveys.created", created.getTitle());
            return "/office/survey?faces-redirect=true&id=" + created.getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "createForm");
            return null;
        }
    }

    /** Suggests the newest questionnaire, copied into the year after its own. */
    public void startCopying() {
        copyable = questionnaires.list(null);
        copyFrom = copyable.isEmpty() ? null : copyable.get(0).getId();
        sourceChosen();
    }

    public void sourceChosen() {
        copyYear = copyable.stream().filter(q -> q.getId().equals(copyFrom)).findFirst()
                .map(q -> q.getYear() + 1).orElse(PortalClock.today().getYear());
    }

    public String copy() {
        Questionnaire copied = questionnaires.copy(copyFrom, copyYear);
        texts.infoAfterRedirect("officeSurveys.copied", copied.getTitle(), copied.getYear());
        return "/office/survey?faces-redirect=true&id=" + copied.getId();
    }

    /** "Posavska, Savinjska" or "3 centri": whom a questionnaire asks, beyond its audience's name. */
    public String audienceOf(Questionnaire questionnaire) {
        return audienceOf(questionnaire, texts);
    }

    static String audienceOf(Questionnaire questionnaire, Texts texts) {
        return switch (questionnaire.getAudience()) {
            case ALL_MEMBERS -> "";
            case REGIONS -> questionnaire.getRegions().stream().sorted()
                    .map(region -> texts.format(region.bundleKey())).collect(Collectors.joining(", "));
            case CENTRES -> texts.count("officeSurveys.centreCount", questionnaire.getCentreIds().size());
        };
    }

    /** "2/36 (5,6 %)": submitted of asked. */
    public String rateOf(QuestionnaireRow row) {
        return row.rate() == null ? null : texts.format("officeSurveys.rateValue", row.rate().submitted(),
                row.rate().asked(), row.rate().getPercent());
    }

    public List<QuestionnaireRow> getRows() {
        return rows;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Questionnaire> getCopyable() {
        return copyable;
    }

    public QuestionnaireForm getForm() {
        return form;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(Long copyFrom) {
        this.copyFrom = copyFrom;
    }

    public Integer getCopyYear() {
        return copyYear;
    }

    public void setCopyYear(Integer copyYear) {
        this.copyYear = copyYear;
    }
}
