package si.mama.portal.survey.web;

import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.Condition;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.SurveyQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How conditions read on the builder's and the preview's pages, and which values a condition may pick from. */
final class ConditionTexts {

    private ConditionTexts() {
    }

    /** "Prikaže se, ko: „question“ je enako Da", or {@code null} for no condition. */
    static String describe(Questionnaire questionnaire, Condition condition, Texts texts) {
        if (condition == null) {
            return null;
        }
        SurveyQuestion target = questionnaire.question(condition.getQuestionCode()).orElse(null);
        String question = target == null ? condition.getQuestionCode() : target.getText();
        String operator = texts.format(condition.getOperator().bundleKey());
        if (!condition.getOperator().needsValues()) {
            return texts.format("surveyBuilder.condition.showsWhen", question, operator);
        }
        String values = condition.getValues().stream().map(value -> labelOf(target, value, texts))
                .collect(Collectors.joining(", "));
        return texts.format("surveyBuilder.condition.shows", question, operator, values);
    }

    /** The values to pick from for a condition on {@code target}; empty when the value is typed. */
    static List<Option> options(SurveyQuestion target, Texts texts) {
        List<Option> options = new ArrayList<>();
        if (target == null) {
            return options;
        }
        if (target.getType() == QuestionType.LIKERT) {
            for (Integer point : target.getScalePoints()) {
                options.add(new Option(point.toString(), pointLabel(target, point)));
            }
        } else if (target.getType().hasChoices() && target.getType() != QuestionType.LIKERT_MATRIX) {
            target.getChoices().forEach(choice -> options.add(new Option(choice.code(), choice.label())));
            if (target.isAllowOther()) {
                options.add(new Option(Choice.OTHER, texts.format("survey.other")));
            }
        }
        return options;
    }

    private static String pointLabel(SurveyQuestion target, int point) {
        String end = point == 1 ? target.getScaleLow() : point == target.getScaleSize() ? target.getScaleHigh() : null;
        return end == null ? Integer.toString(point) : point + " – " + end;
    }

    private static String labelOf(SurveyQuestion target, String value, Texts texts) {
        if (target == null) {
            return value;
        }
        if (Choice.OTHER.equals(value) && target.isAllowOther()) {
            return texts.format("survey.other");
        }
        return target.getType().hasChoices() ? target.labelOf(value) : value;
    }
}
