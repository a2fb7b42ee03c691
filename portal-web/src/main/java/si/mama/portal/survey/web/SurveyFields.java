package si.mama.portal.survey.web;

import si.mama.portal.platform.entity.RuleViolation;
import si.mama.portal.platform.error.PortalException;

import java.util.Map;

/**
 * Which dialog field a questionnaire's refusal belongs to, so its message appears next to that field; the same
 * field ids are used in every survey dialog. A refusal about the whole form has none.
 */
final class SurveyFields {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("survey.error.year", "year"),
            Map.entry("survey.error.titleMissing", "title"),
            Map.entry("survey.error.sectionTitleMissing", "title"),
            Map.entry("survey.error.noRegions", "regions"),
            Map.entry("survey.error.noCentres", "centres"),
            Map.entry("survey.error.closesBeforeOpening", "closesOn"),
            Map.entry("survey.error.questionTextMissing", "text"),
            Map.entry("survey.error.badCode", "code"),
            Map.entry("survey.error.duplicateCode", "code"),
            Map.entry("survey.error.needsChoices", "choices"),
            Map.entry("survey.error.needsStatements", "choices"),
            Map.entry("survey.error.duplicateChoice", "choices"),
            Map.entry("survey.error.scaleSize", "scaleSize"),
            Map.entry("survey.error.rangeReversed", "maxValue"));

    private SurveyFields() {
    }

    static PortalException refusal(RuleViolation violation) {
        return new PortalException(violation.messageKey(), FIELDS.get(violation.messageKey()), violation.arguments());
    }

    /** The boundary's refusal, placed next to its field when it has one. */
    static PortalException placed(PortalException refusal) {
        return refusal.field() != null ? refusal
                : new PortalException(refusal.messageKey(), FIELDS.get(refusal.messageKey()), refusal.arguments());
    }
}
