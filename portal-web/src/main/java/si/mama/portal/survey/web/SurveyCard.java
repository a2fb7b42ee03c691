package si.mama.portal.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.boundary.ResponseRate;
import si.mama.portal.survey.boundary.SurveyOverview;
import si.mama.portal.survey.boundary.SurveyResults;
import si.mama.portal.survey.boundary.Surveys;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;

import java.util.List;

/**
 * The questionnaires card of the homes: for a centre, the open questionnaires and where its response stands; for
 * the office, the open questionnaires and their response rates.
 */
@Named
@RequestScoped
public class SurveyCard {

    /** An open questionnaire with its response rate so far. */
    public record Open(Questionnaire questionnaire, ResponseRate rate) {

        public Questionnaire getQuestionnaire() {
            return questionnaire;
        }

        public ResponseRate getRate() {
            return rate;
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Surveys surveys;

    @Inject
    Questionnaires questionnaires;

    @Inject
    SurveyResults results;

    private List<SurveyOverview> mine;
    private List<Open> open;

    public List<SurveyOverview> getMine() {
        if (mine == null) {
            mine = surveys.mine().stream().filter(o -> o.phase() == QuestionnairePhase.OPEN).toList();
        }
        return mine;
    }

    public List<Open> getOpen() {
        if (open == null) {
            open = questionnaires.list(null).stream()
                    .filter(q -> q.phase(PortalClock.today()) == QuestionnairePhase.OPEN)
                    .map(q -> new Open(q, results.rate(q.getId()))).toList();
        }
        return open;
    }
}
