package si.mama.portal.survey.web;

import org.junit.jupiter.api.Test;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Audience;
import si.mama.portal.survey.entity.Choice;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the answer page shows a question: its choices for EL, a ranking's order, an answer in words. */
class QuestionViewTest {

    private final Questionnaire questionnaire = new Questionnaire(new QuestionnaireDetails(2026, "Potrebe", null,
            QuestionnaireKind.NEEDS, Respondent.CENTRE, Audience.ALL_MEMBERS, Set.of(), Set.of(),
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), false));
    private final SurveySection section = questionnaire.addSection(new SurveySectionDetails("Potrebe", null, null));

    private QuestionView view(QuestionType type, List<Choice> choices, boolean allowOther) {
        return new QuestionView(questionnaire.addQuestion(section, new QuestionDetails(type, null, "Vprašanje", null,
                true, choices, allowOther, null, "slabo", "odlično", BigDecimal.ZERO, BigDecimal.valueOf(200), null)));
    }

    private static List<Choice> areas() {
        return List.of(new Choice("vodenje", "vodenje centra"), new Choice("delo", "delo z mladimi"),
                new Choice("projekti", "projekti"));
    }

    @Test
    void aRankingShowsTheAnsweredOrderThenTheChoicesItDoesNotName() {
        QuestionView ranking = view(QuestionType.RANKING, areas(), false);
        assertEquals(List.of("vodenje", "delo", "projekti"),
                ranking.ranked(AnswerValue.EMPTY).stream().map(QuestionView.Option::getCode).toList());
        assertEquals(List.of("projekti", "vodenje", "delo"), ranking.ranked(AnswerValue.of(List.of("projekti", "vodenje"), null))
                .stream().map(QuestionView.Option::getCode).toList());
    }

    @Test
    void anAnswerInWordsUsesTheLabelsAndTheOtherText() {
        QuestionView multiple = view(QuestionType.MULTIPLE, areas(), true);
        assertTrue(multiple.isAllowOther());
        assertEquals("vodenje centra, drugo: tehnično osebje",
                multiple.describe(AnswerValue.of(List.of("vodenje", Choice.OTHER), "tehnično osebje"), "drugo"));
        QuestionView matrix = view(QuestionType.LIKERT_MATRIX, areas(), false);
        assertEquals("delo z mladimi 4", matrix.describe(AnswerValue.of(List.of("delo=4"), null), "drugo"));
        assertEquals(List.of(1, 2, 3, 4, 5), matrix.getScalePoints());
        assertEquals("Predlog", view(QuestionType.LONG_TEXT, List.of(), false).describe(AnswerValue.of("Predlog"), "drugo"));
    }

    @Test
    void choicesScalesAndRangesAreReadableWithoutRecordAccessors() {
        QuestionView number = view(QuestionType.NUMBER, List.of(), false);
        assertEquals("0", number.getMin());
        assertEquals("200", number.getMax());
        assertFalse(number.isGroup(), "a number has one labelled field");
        QuestionView single = view(QuestionType.SINGLE, areas(), false);
        assertTrue(single.isGroup(), "choices are a fieldset with a legend");
        assertEquals("vodenje centra", single.getChoices().get(0).getLabel());
        assertEquals("SINGLE", single.getType());
    }
}
