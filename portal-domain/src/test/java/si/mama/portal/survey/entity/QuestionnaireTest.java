package si.mama.portal.survey.entity;

import org.junit.jupiter.api.Test;
import si.mama.portal.centre.entity.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionnaireTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);

    private static Questionnaire questionnaire() {
        return new Questionnaire(new QuestionnaireDetails(2026, "Potrebe", null, QuestionnaireKind.NEEDS,
                Respondent.CENTRE, Audience.REGIONS, Set.of(Region.POSAVSKA), Set.of(), OPENS, CLOSES, false));
    }

    private static QuestionDetails single(String code, String text, boolean required, Condition condition) {
        return new QuestionDetails(QuestionType.SINGLE, code, text, null, required,
                List.of(new Choice(null, "Da"), new Choice(null, "Ne")), false, null, null, null, null, null, condition);
    }

    private static QuestionDetails text(String code, boolean required, Condition condition) {
        return new QuestionDetails(QuestionType.LONG_TEXT, code, "Katere?", null, required, List.of(), false, null,
                null, null, null, null, condition);
    }

    private static String rule(Runnable change) {
        return assertThrows(SurveyRuleViolation.class, change::run).rule();
    }

    @Test
    void aConditionalRequiredQuestionIsDemandedOnlyWhenItShows() {
        Questionnaire q = questionnaire();
        SurveySection section = q.addSection(new SurveySectionDetails("Usposabljanja", null, null));
        q.addQuestion(section, single("izvedli", "Ste izvedli?", true, null));
        q.addQuestion(section, text("katera", true, new Condition("izvedli", ConditionOperator.EQUALS, List.of("da"))));

        assertEquals(List.of("izvedli"), codes(q.missingRequired(Map.of())), "the hidden one is not demanded");
        assertEquals(List.of(), codes(q.missingRequired(Map.of("izvedli", AnswerValue.of("ne")))));
        assertEquals(List.of("katera"), codes(q.missingRequired(Map.of("izvedli", AnswerValue.of("da")))));
        assertEquals(List.of("izvedli"), codes(q.visibleQuestions(Map.of("izvedli", AnswerValue.of("ne"),
                "katera", AnswerValue.of("ostane shranjeno")))), "an answer does not show its own question");
    }

    @Test
    void aHiddenQuestionCountsAsUnansweredForLaterConditionsAndSectionsHideWholly() {
        Questionnaire q = questionnaire();
        SurveySection first = q.addSection(new SurveySectionDetails("Prvi", null, null));
        q.addQuestion(first, single("a", "A?", false, null));
        q.addQuestion(first, single("b", "B?", false, new Condition("a", ConditionOperator.EQUALS, List.of("da"))));
        SurveySection second = q.addSection(new SurveySectionDetails("Drugi", null,
                new Condition("b", ConditionOperator.ANSWERED, List.of())));
        q.addQuestion(second, text("c", true, null));

        Map<String, AnswerValue> answers = Map.of("a", AnswerValue.of("ne"), "b", AnswerValue.of("da"));
        assertEquals(List.of("a"), codes(q.visibleQuestions(answers)), "b is hidden, so the section asking for b hides");
        assertEquals(List.of("a", "b", "c"), codes(q.visibleQuestions(Map.of("a", AnswerValue.of("da"),
                "b", AnswerValue.of("ne")))));
        q.addQuestion(second, text("d", false, new Condition("a", ConditionOperator.NOT_ANSWERED, List.of())));
        assertTrue(codes(q.visibleQuestions(Map.of("a", AnswerValue.of("da"), "b", AnswerValue.of("ne")))).contains("c"));
        assertFalse(codes(q.visibleQuestions(Map.of("a", AnswerValue.of("da"), "b", AnswerValue.of("ne")))).contains("d"));
    }

    @Test
    void conditionsLookOnlyBackAndOnlyAtPossibleValues() {
        Questionnaire q = questionnaire();
        SurveySection section = q.addSection(new SurveySectionDetails("S", null, null));
        assertEquals("conditionNotEarlier", rule(() -> q.addQuestion(section,
                text("x", false, new Condition("later", ConditionOperator.ANSWERED, List.of())))));
        q.addQuestion(section, single("a", "A?", false, null));
        assertEquals("conditionUnknownValue", rule(() -> q.addQuestion(section,
                text("x", false, new Condition("a", ConditionOperator.EQUALS, List.of("morda"))))));
        SurveyQuestion dependent = q.addQuestion(section,
                text("x", false, new Condition("a", ConditionOperator.ANY_OF, List.of("da", "ne"))));
        assertEquals("conditionNotEarlier", rule(() -> q.moveQuestion(dependent, -1)), "moving it before its source");
        assertEquals("conditionDependsOn", rule(() -> q.removeQuestion(q.question("a").orElseThrow())));
        assertEquals("duplicateCode", rule(() -> q.addQuestion(section, single("a", "Spet?", false, null))));
        assertEquals("conditionNeedsValue", rule(() -> new Condition("a", ConditionOperator.EQUALS, List.of())));
    }

    @Test
    void onceAnsweredOnlyCompatibleChangesPass() {
        Questionnaire q = questionnaire();
        SurveySection section = q.addSection(new SurveySectionDetails("S", null, null));
        SurveyQuestion question = q.addQuestion(section, single("a", "A?", true, null));
        q.markAnswered();

        q.updateQuestion(question, new QuestionDetails(QuestionType.SINGLE, "a", "A, popravljeno?", "Pomoč", false,
                List.of(new Choice("da", "Da, seveda"), new Choice("ne", "Ne"), new Choice(null, "Ne vem")), false,
                null, null, null, null, null, null));
        assertEquals("A, popravljeno?", question.getText());
        assertEquals("answeredQuestion", rule(() -> q.updateQuestion(question, new QuestionDetails(QuestionType.SINGLE,
                "a", "A?", null, true, List.of(new Choice("da", "Da"), new Choice("morda", "Morda")), false, null,
                null, null, null, null, null))), "a choice that answers may hold is gone");
        assertEquals("answeredQuestion", rule(() -> q.updateQuestion(question, text("a", false, null))));
        assertEquals("answeredRemove", rule(() -> q.removeQuestion(question)));
        QuestionnaireDetails details = q.details();
        assertEquals("answeredSettings", rule(() -> q.update(new QuestionnaireDetails(details.year(), details.title(),
                null, details.kind(), Respondent.PERSON, details.audience(), details.regions(), details.centreIds(),
                details.opensOn(), details.closesOn(), details.anonymous()))));
    }

    @Test
    void answersAreCheckedAndNormalisedByTheirQuestion() {
        Questionnaire q = questionnaire();
        SurveySection section = q.addSection(new SurveySectionDetails("S", null, null));
        SurveyQuestion number = q.addQuestion(section, new QuestionDetails(QuestionType.NUMBER, "n", "Koliko?", null,
                false, List.of(), false, null, null, null, BigDecimal.ZERO, BigDecimal.valueOf(100), null));
        SurveyQuestion multiple = q.addQuestion(section, new QuestionDetails(QuestionType.MULTIPLE, "m", "Kaj?", null,
                false, List.of(new Choice(null, "Šola"), new Choice(null, "Občina")), true, null, null, null, null,
                null, null));
        SurveyQuestion matrix = q.addQuestion(section, new QuestionDetails(QuestionType.LIKERT_MATRIX, "x", "Ocena",
                null, false, List.of(new Choice("vsebina", "Vsebina"), new Choice("izvedba", "Izvedba")), false, 5,
                "slabo", "odlično", null, null, null));

        assertEquals("12.5", number.accept(AnswerValue.of("12,50")).single());
        assertEquals("outOfRange", rule(() -> number.accept(AnswerValue.of("101"))));
        assertEquals("notANumber", rule(() -> number.accept(AnswerValue.of("dvanajst"))));
        assertEquals(List.of("sola", "obcina"), multiple.accept(AnswerValue.of(List.of("sola", "obcina"), null)).values());
        assertEquals("otherMissing", rule(() -> multiple.accept(AnswerValue.of(List.of("other"), null))));
        assertEquals("župnija", multiple.accept(AnswerValue.of(List.of("other"), "župnija")).other());
        assertEquals("unknownChoice", rule(() -> multiple.accept(AnswerValue.of("vrtec"))));
        assertEquals(List.of("vsebina=4", "izvedba=5"),
                matrix.accept(AnswerValue.of(List.of("izvedba=5", "vsebina=4"), null)).values(), "in statement order");
        assertEquals("notOnScale", rule(() -> matrix.accept(AnswerValue.of("vsebina=6"))));
        assertTrue(number.accept(AnswerValue.of(" ")).isEmpty(), "blank clears the answer");
    }

    @Test
    void aCopyKeepsCodesAndConditionsAndMovesTheDates() {
        Questionnaire q = questionnaire();
        SurveySection section = q.addSection(new SurveySectionDetails("S", null, null));
        q.addQuestion(section, single("a", "A?", true, null));
        q.addQuestion(section, text("b", false, new Condition("a", ConditionOperator.EQUALS, List.of("da"))));
        q.send(LocalDate.of(2026, 2, 1));

        Questionnaire copy = q.copyFor(2027);

        assertEquals(QuestionnaireStatus.DRAFT, copy.getStatus());
        assertEquals(LocalDate.of(2027, 3, 1), copy.getOpensOn());
        assertEquals(List.of("a", "b"), codes(copy.getQuestions()));
        assertEquals("a", copy.question("b").orElseThrow().getCondition().orElseThrow().getQuestionCode());
        assertFalse(copy.isAnswered());
    }

    @Test
    void sendingNeedsAQuestionAndOpensOnItsDates() {
        Questionnaire q = questionnaire();
        assertEquals("noQuestions", rule(() -> q.send(OPENS)));
        q.addQuestion(q.addSection(new SurveySectionDetails("S", null, null)), single("a", "A?", false, null));
        assertEquals("closedAlready", rule(() -> q.send(CLOSES.plusDays(1))));
        q.send(OPENS.minusDays(5));
        assertEquals(QuestionnairePhase.SCHEDULED, q.phase(OPENS.minusDays(1)));
        assertEquals(QuestionnairePhase.OPEN, q.phase(CLOSES));
        assertEquals(QuestionnairePhase.CLOSED, q.phase(CLOSES.plusDays(1)));
        assertTrue(q.asks(1, Region.POSAVSKA, true));
        assertFalse(q.asks(2, Region.SAVINJSKA, true), "another region");
        assertFalse(q.asks(1, Region.POSAVSKA, false), "not a member");
    }

    @Test
    void onlyAChoiceOfANeedsQuestionnaireCanBecomeADraftTraining() {
        Questionnaire needs = questionnaire();
        SurveyQuestion topics = needs.addQuestion(needs.addSection(new SurveySectionDetails("S", null, null)),
                new QuestionDetails(QuestionType.TOPICS, "teme", "Teme?", null, false,
                        List.of(new Choice("video", "Video")), false, null, null, null, null, null, null));
        SurveyQuestion text = needs.addQuestion(needs.getSections().get(0), text("opis", false, null));
        assertTrue(topics.canDemandTraining("video"));
        assertFalse(topics.canDemandTraining("other"));
        assertFalse(topics.canDemandTraining("unknown"));
        assertFalse(text.canDemandTraining("video"));

        Questionnaire evaluation = new Questionnaire(new QuestionnaireDetails(2026, "Evalvacija", null,
                QuestionnaireKind.EVALUATION, Respondent.PERSON, Audience.ALL_MEMBERS, Set.of(), Set.of(), OPENS, CLOSES,
                true));
        SurveyQuestion recommend = evaluation.addQuestion(evaluation.addSection(new SurveySectionDetails("S", null, null)),
                single("priporocilo", "Priporočite?", false, null));
        assertFalse(recommend.canDemandTraining("da"), "an evaluation does not ask for trainings");
    }

    private static List<String> codes(List<SurveyQuestion> questions) {
        return questions.stream().map(SurveyQuestion::getCode).toList();
    }
}
