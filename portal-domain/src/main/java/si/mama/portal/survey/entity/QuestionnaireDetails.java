package si.mama.portal.survey.entity;

import si.mama.portal.centre.entity.Region;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What the office says about a questionnaire as a whole: what, for whom, when, and whether anonymous. */
public record QuestionnaireDetails(int year, String title, String introduction, QuestionnaireKind kind,
                                   Respondent respondent, Audience audience, Set<Region> regions, Set<Long> centreIds,
                                   LocalDate opensOn, LocalDate closesOn, boolean anonymous) {

    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 10000;

    public QuestionnaireDetails {
        if (year < 2000 || year > 2200) {
            throw new SurveyRuleViolation("year");
        }
        title = Texts.required(title, TITLE_MAX, "title");
        introduction = Texts.optional(introduction, INTRODUCTION_MAX);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(audience, "audience");
        regions = audience == Audience.REGIONS && regions != null && !regions.isEmpty()
                ? Set.copyOf(EnumSet.copyOf(regions)) : Set.of();
        centreIds = audience == Audience.CENTRES && centreIds != null ? Set.copyOf(centreIds) : Set.of();
        if (audience == Audience.REGIONS && regions.isEmpty()) {
            throw new SurveyRuleViolation("noRegions");
        }
        if (audience == Audience.CENTRES && centreIds.isEmpty()) {
            throw new SurveyRuleViolation("noCentres");
        }
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
        if (closesOn.isBefore(opensOn)) {
            throw new SurveyRuleViolation("closesBeforeOpening");
        }
    }
}
