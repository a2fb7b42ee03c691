package si.mama.portal.survey.web;

import si.mama.portal.survey.boundary.ResponseRate;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;

import java.io.Serializable;

/** One questionnaire in the office's list: where it stands today and, once sent, how many have answered. */
public record QuestionnaireRow(Questionnaire questionnaire, QuestionnairePhase phase, ResponseRate rate)
        implements Serializable {

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public QuestionnairePhase getPhase() {
        return phase;
    }

    /** {@code null} while a draft. */
    public ResponseRate getRate() {
        return rate;
    }
}
