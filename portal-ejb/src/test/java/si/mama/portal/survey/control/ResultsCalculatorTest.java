package si.mama.portal.survey.control;

import org.junit.jupiter.api.Test;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.export.TableModel;
import si.mama.portal.survey.entity.AnswerValue;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsCalculatorTest {

    private static Questionnaire questionnaire(int year, boolean anonymous) {
        Questionnaire q = new Questionnaire(new QuestionnaireDetails(year, "Potrebe " + year, null, QuestionnaireKind.NEEDS,
                Respondent.CENTRE, Audience.ALL_MEMBERS, Set.of(), Set.of(), LocalDate.of(year, 3, 1),
                LocalDate.of(year, 3, 31), anonymous));
        SurveySection section = q.addSection(new SurveySectionDetails("S", null, null));
        q.addQuestion(section, new QuestionDetails(QuestionType.SINGLE, "izvedli", "Ste izvedli?", null, true,
                List.of(new Choice("da", "Da"), new Choice("ne", "Ne")), false, null, null, null, null, null, null));
        q.addQuestion(section, new QuestionDetails(QuestionType.LONG_TEXT, "katera", "Katera?", null, false, List.of(),
                false, null, null, null, null, null, new Condition("izvedli", ConditionOperator.EQUALS, List.of("da"))));
        q.addQuestion(section, new QuestionDetails(QuestionType.LIKERT_MATRIX, "ocena", "Ocena", null, false,
                List.of(new Choice("vsebina", "Vsebina"), new Choice("izvedba", "Izvedba")), false, 5, null, null,
                null, null, null));
        q.addQuestion(section, new QuestionDetails(QuestionType.RANKING, "prednost", "Prednost", null, false,
                List.of(new Choice("a", "A"), new Choice("b", "B")), false, null, null, null, null, null, null));
        q.addQuestion(section, new QuestionDetails(QuestionType.NUMBER, "stevilo", "Koliko?", null, false, List.of(),
                false, null, null, null, null, null, null));
        return q;
    }

    private static RespondentAnswers response(long id, String centre, Map<String, AnswerValue> answers) {
        return new RespondentAnswers(id, id, centre, Region.POSAVSKA, null, answers);
    }

    @Test
    void eachResponseCountsOnlyForTheQuestionsItSaw() {
        Questionnaire q = questionnaire(2026, false);
        List<RespondentAnswers> responses = List.of(
                response(1, "MC A", Map.of("izvedli", AnswerValue.of("da"), "katera", AnswerValue.of("Vodenje"),
                        "stevilo", AnswerValue.of("4"))),
                response(2, "MC B", Map.of("izvedli", AnswerValue.of("ne"), "katera", AnswerValue.of("skrito"),
                        "stevilo", AnswerValue.of("10"))),
                response(3, "MC C", Map.of("izvedli", AnswerValue.of("da"))));

        List<QuestionResult> results = ResultsCalculator.of(q, responses, true, null, List.of());

        QuestionResult izvedli = results.get(0);
        assertEquals(List.of(2, 1), izvedli.counts().stream().map(QuestionResult.Count::count).toList());
        assertEquals(new BigDecimal("66.7"), izvedli.counts().get(0).percent());
        QuestionResult katera = results.get(1);
        assertEquals(2, katera.shown(), "shown to the two who said da");
        assertEquals(1, katera.answered());
        assertEquals(List.of("Vodenje"), katera.texts().stream().map(QuestionResult.Text::text).toList(),
                "the hidden answer of MC B is not counted");
        assertEquals("MC A", katera.texts().get(0).respondent());
        QuestionResult stevilo = results.get(4);
        assertEquals(new BigDecimal("7.00"), stevilo.mean());
        assertEquals(new BigDecimal("4"), stevilo.min());
        assertEquals(new BigDecimal("10"), stevilo.max());
    }

    @Test
    void matricesAndRankingsGetMeansAndAnonymousTextsNoNames() {
        Questionnaire q = questionnaire(2026, true);
        List<RespondentAnswers> responses = List.of(
                response(1, "MC A", Map.of("izvedli", AnswerValue.of("da"), "katera", AnswerValue.of("X"),
                        "ocena", AnswerValue.of(List.of("vsebina=5", "izvedba=3"), null),
                        "prednost", AnswerValue.of(List.of("b", "a"), null))),
                response(2, "MC B", Map.of("izvedli", AnswerValue.of("da"),
                        "ocena", AnswerValue.of(List.of("vsebina=4"), null),
                        "prednost", AnswerValue.of(List.of("b", "a"), null))));

        List<QuestionResult> results = ResultsCalculator.of(q, responses, false, null, List.of());

        QuestionResult.Row vsebina = results.get(2).rows().get(0);
        assertEquals(new BigDecimal("4.50"), vsebina.mean());
        assertEquals(List.of(0, 0, 0, 1, 1), vsebina.counts().stream().map(QuestionResult.Count::count).toList());
        assertEquals(new BigDecimal("3.00"), results.get(2).rows().get(1).mean());
        assertEquals(List.of("b", "a"), results.get(3).rows().stream().map(QuestionResult.Row::code).toList(),
                "the preferred first");
        assertNull(results.get(1).texts().get(0).respondent());
    }

    @Test
    void lastYearsSharesComeFromTheSameCodesAndTheExportHasARowPerResponse() {
        Questionnaire before = questionnaire(2025, false);
        Questionnaire now = questionnaire(2026, false);
        List<RespondentAnswers> earlier = List.of(response(1, "MC A", Map.of("izvedli", AnswerValue.of("ne"))),
                response(2, "MC B", Map.of("izvedli", AnswerValue.of("ne"))));
        List<RespondentAnswers> responses = List.of(response(3, "MC A", Map.of("izvedli", AnswerValue.of("da"),
                "ocena", AnswerValue.of(List.of("vsebina=2"), null))));

        QuestionResult izvedli = ResultsCalculator.of(now, responses, true, before, earlier).get(0);

        assertTrue(izvedli.isComparable());
        assertEquals(List.of(new BigDecimal("0.0"), new BigDecimal("100.0")),
                izvedli.lastYear().stream().map(QuestionResult.Count::percent).toList());
        TableModel table = new ResponseTable(key -> key).of(now, responses);
        assertEquals(List.of("survey.export.centre", "survey.export.region", "izvedli Ste izvedli?", "katera Katera?",
                "ocena.vsebina Vsebina", "ocena.izvedba Izvedba", "prednost Prednost", "stevilo Koliko?"), table.headers());
        assertEquals(java.util.Arrays.asList("MC A", "region.POSAVSKA", "Da", null, 2, null, null, null),
                table.rows().get(0));
    }
}
