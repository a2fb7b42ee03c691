package si.mama.portal.survey.boundary;

import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;
import si.mama.portal.survey.entity.ResponseStatus;

/** One questionnaire in a centre's list, with where its response stands ({@code null}: not started). */
public record SurveyOverview(Questionnaire questionnaire, QuestionnairePhase phase, ResponseStatus status) {

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public QuestionnairePhase getPhase() {
        return phase;
    }

    public ResponseStatus getStatus() {
        return status;
    }
}
