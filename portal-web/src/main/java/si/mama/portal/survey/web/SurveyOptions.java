package si.mama.portal.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.CentreDirectory;
import si.mama.portal.centre.boundary.CentreFilter;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.paging.Sorting;
import si.mama.portal.survey.entity.Audience;
import si.mama.portal.survey.entity.ConditionOperator;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.QuestionnaireKind;
import si.mama.portal.survey.entity.Respondent;

import java.util.List;

/** What the questionnaire dialogs offer to choose from; the member centres are read once per request. */
@Named
@RequestScoped
public class SurveyOptions {

    /** More than the network will ever have: the audience picker lists every member centre. */
    private static final int ALL_CENTRES = 1000;

    @Inject
    CentreDirectory directory;

    private List<Centre> centres;

    public QuestionnaireKind[] getKinds() {
        return QuestionnaireKind.values();
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public ConditionOperator[] getOperators() {
        return ConditionOperator.values();
    }

    /** The member centres by name: only members are asked. */
    public List<Centre> getCentres() {
        if (centres == null) {
            centres = directory.search(new CentreFilter(null, null, MembershipStatus.MEMBER), Sorting.by("name", true),
                    0, ALL_CENTRES).rows();
        }
        return centres;
    }
}
