package si.mama.portal.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.survey.boundary.Questionnaires;
import si.mama.portal.survey.entity.Audience;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.Condition;
import si.mama.portal.survey.entity.ConditionOperator;
import si.mama.portal.survey.entity.QuestionDetails;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnaireDetails;
import si.mama.portal.survey.entity.QuestionnaireKind;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.SurveySection;
import si.mama.portal.survey.entity.SurveySectionDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A questionnaire for a test, sent to its own centres and open from ten days ago to ten days ahead, with three
 * questions: "izvedli" (single choice da/ne, required), "katera" (long text, required, shown only after "da") and
 * "stevilo" (a number 0–1000, required). Made through the {@link Questionnaires} boundary: the office admin must be
 * signed in. The title is unique, so a test owns its questionnaire in the shared database.
 */
@ApplicationScoped
public class TestQuestionnaires {

    @Inject
    Questionnaires questionnaires;

    public Questionnaire sent(Respondent respondent, boolean anonymous, int year, Caller.CentreRef... asked)
            throws PortalException {
        LocalDate today = PortalClock.today();
        Questionnaire q = questionnaires.create(new QuestionnaireDetails(year, "IT vprašalnik " + System.nanoTime(), null,
                QuestionnaireKind.NEEDS, respondent, Audience.CENTRES, Set.of(),
                Arrays.stream(asked).map(Caller.CentreRef::id).collect(Collectors.toSet()),
                today.minusDays(10), today.plusDays(10), anonymous));
        SurveySection section = questionnaires.addSection(q.getId(), new SurveySectionDetails("Usposabljanja", null, null));
        questionnaires.addQuestion(q.getId(), section.getId(), new QuestionDetails(QuestionType.SINGLE, "izvedli",
                "Ali ste letos izvedli usposabljanje?", null, true, List.of(new Choice(null, "Da"), new Choice(null, "Ne")),
                false, null, null, null, null, null, null));
        questionnaires.addQuestion(q.getId(), section.getId(), new QuestionDetails(QuestionType.LONG_TEXT, "katera",
                "Katera usposabljanja?", null, true, List.of(), false, null, null, null, null, null,
                new Condition("izvedli", ConditionOperator.EQUALS, List.of("da"))));
        questionnaires.addQuestion(q.getId(), section.getId(), new QuestionDetails(QuestionType.NUMBER, "stevilo",
                "Koliko mladinskih delavcev?", null, true, List.of(), false, null, null, null, BigDecimal.ZERO,
                BigDecimal.valueOf(1000), null));
        return questionnaires.send(q.getId());
    }
}
