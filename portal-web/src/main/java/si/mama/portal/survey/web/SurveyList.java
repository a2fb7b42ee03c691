package si.mama.portal.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.survey.boundary.SurveyOverview;
import si.mama.portal.survey.boundary.Surveys;

import java.util.List;

/** The centre's questionnaires ({@code /surveys}): open ones to answer, closed ones to look back at. */
@Named
@RequestScoped
public class SurveyList {

    @Inject
    Surveys surveys;

    private List<SurveyOverview> mine;

    public void load() {
        mine = surveys.mine();
    }

    public List<SurveyOverview> getMine() {
        return mine;
    }
}
