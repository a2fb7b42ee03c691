package si.mama.portal.survey.web;

import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.survey.entity.Audience;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireDetails;
import si.mama.portal.survey.entity.QuestionnaireKind;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.SurveyRuleViolation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The questionnaire's details dialog (new, or edited with the version it was read at): what, for whom, when. */
public class QuestionnaireForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Integer year;
    private String title;
    private String introduction;
    private QuestionnaireKind kind = QuestionnaireKind.NEEDS;
    private Respondent respondent = Respondent.CENTRE;
    private Audience audience = Audience.ALL_MEMBERS;
    private Region[] regions = new Region[0];
    private Long[] centreIds = new Long[0];
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean anonymous;

    /** A new questionnaire for {@code year}, open for a month from today (or from the year's start). */
    static QuestionnaireForm newFor(int year, LocalDate today) {
        QuestionnaireForm form = new QuestionnaireForm();
        form.year = year;
        form.opensOn = year == today.getYear() ? today : LocalDate.of(year, 1, 1);
        form.closesOn = form.opensOn.plusMonths(1);
        return form;
    }

    static QuestionnaireForm of(Questionnaire questionnaire) {
        QuestionnaireForm form = new QuestionnaireForm();
        form.id = questionnaire.getId();
        form.version = questionnaire.getVersion();
        form.year = questionnaire.getYear();
        form.title = questionnaire.getTitle();
        form.introduction = questionnaire.getIntroduction();
        form.kind = questionnaire.getKind();
        form.respondent = questionnaire.getRespondent();
        form.audience = questionnaire.getAudience();
        form.regions = questionnaire.getRegions().stream().sorted().toArray(Region[]::new);
        form.centreIds = questionnaire.getCentreIds().stream().sorted().toArray(Long[]::new);
        form.opensOn = questionnaire.getOpensOn();
        form.closesOn = questionnaire.getClosesOn();
        form.anonymous = questionnaire.isAnonymous();
        return form;
    }

    QuestionnaireDetails toDetails() throws PortalException {
        Set<Region> chosenRegions = Arrays.stream(regions).collect(Collectors.toSet());
        Set<Long> chosenCentres = Arrays.stream(centreIds).collect(Collectors.toSet());
        try {
            return new QuestionnaireDetails(year == null ? 0 : year, title, introduction, kind, respondent, audience,
                    chosenRegions, chosenCentres, opensOn, closesOn, anonymous);
        } catch (SurveyRuleViolation violation) {
            throw SurveyFields.refusal(violation);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isByRegion() {
        return audience == Audience.REGIONS;
    }

    public boolean isByCentre() {
        return audience == Audience.CENTRES;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public QuestionnaireKind getKind() {
        return kind;
    }

    public void setKind(QuestionnaireKind kind) {
        this.kind = kind;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Region[] getRegions() {
        return regions.clone();
    }

    public void setRegions(Region[] regions) {
        this.regions = regions == null ? new Region[0] : regions.clone();
    }

    public Long[] getCentreIds() {
        return centreIds.clone();
    }

    public void setCentreIds(Long[] centreIds) {
        this.centreIds = centreIds == null ? new Long[0] : centreIds.clone();
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
