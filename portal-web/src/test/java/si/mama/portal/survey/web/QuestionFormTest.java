package si.mama.portal.survey.web;

import org.junit.jupiter.api.Test;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.ConditionOperator;
import si.mama.portal.survey.entity.QuestionDetails;
import si.mama.portal.survey.entity.QuestionType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the builder types into the question dialog becomes the question the questionnaire stores. */
class QuestionFormTest {

    @Test
    void choicesAreOnePerLineWithAnOptionalCode() throws PortalException {
        List<Choice> choices = ChoiceLines.parse("Da\n\n  Ne  \ndz|Duševno zdravje\r\n", "choices");
        assertEquals(List.of(new Choice("da", "Da"), new Choice("ne", "Ne"), new Choice("dz", "Duševno zdravje")), choices);
        assertEquals("Da\nNe\ndz|Duševno zdravje", ChoiceLines.format(choices), "a code shows only where it is not the label's");
    }

    @Test
    void aChoiceLineThatCannotBeAChoiceIsRefusedWithItsLineNextToTheField() {
        PortalException badCode = assertThrows(PortalException.class, () -> ChoiceLines.parse("Da\nŠ č|Ne", "choices"));
        assertEquals("surveyBuilder.error.choiceCode", badCode.messageKey());
        assertEquals("choices", badCode.field());
        assertEquals(2, badCode.arguments()[0]);
        PortalException reserved = assertThrows(PortalException.class, () -> ChoiceLines.parse("other|Drugo", "choices"));
        assertEquals("surveyBuilder.error.choiceCode", reserved.messageKey());
        PortalException noLabel = assertThrows(PortalException.class, () -> ChoiceLines.parse("da|", "choices"));
        assertEquals("surveyBuilder.error.choiceLabel", noLabel.messageKey());
    }

    @Test
    void aSingleChoiceQuestionWithAConditionOnAnEarlierChoice() throws PortalException {
        QuestionForm form = QuestionForm.newIn(7);
        form.setType(QuestionType.LONG_TEXT);
        form.setText("Opišite usposabljanje.");
        form.getCondition().setQuestionCode("q1");
        form.getCondition().setOperator(ConditionOperator.EQUALS);
        form.getCondition().setValue("da");
        QuestionDetails details = form.toDetails(true);
        assertEquals("q1", details.condition().getQuestionCode());
        assertEquals(List.of("da"), details.condition().getValues());
        assertNull(details.code(), "a blank code is left to the questionnaire");
    }

    @Test
    void typedConditionValuesAreSeparatedBySemicolons() throws PortalException {
        ConditionForm condition = new ConditionForm();
        condition.setQuestionCode("q2");
        condition.setOperator(ConditionOperator.ANY_OF);
        condition.setTyped("3; 4 ;");
        assertEquals(List.of("3", "4"), condition.toCondition(false).getValues());
        assertEquals("3; 4", ConditionForm.of(condition.toCondition(false), false).getTyped());
    }

    @Test
    void anotherQuestionClearsTheValuesPickedForThePreviousOne() {
        ConditionForm condition = new ConditionForm();
        condition.setQuestionCode("q1");
        condition.setValues(new String[] {"da"});
        condition.setQuestionCode("q1");
        assertArrayEquals(new String[] {"da"}, condition.getValues());
        condition.setQuestionCode("q2");
        assertArrayEquals(new String[0], condition.getValues());
    }

    @Test
    void aMissingValueAndTooFewChoicesAreRefusedNextToTheirFields() {
        QuestionForm form = QuestionForm.newIn(7);
        form.setText("Ali ste v zadnjem letu izvedli usposabljanje za prostovoljce?");
        form.setChoices("Da");
        PortalException refusal = assertThrows(PortalException.class, () -> form.toDetails(true));
        assertEquals("survey.error.needsChoices", refusal.messageKey());
        assertEquals("choices", refusal.field());

        form.setChoices("Da\nNe");
        form.getCondition().setQuestionCode("q1");
        form.getCondition().setOperator(ConditionOperator.EQUALS);
        PortalException noValue = assertThrows(PortalException.class, () -> form.toDetails(true));
        assertEquals("survey.error.conditionNeedsValue", noValue.messageKey());
    }
}
