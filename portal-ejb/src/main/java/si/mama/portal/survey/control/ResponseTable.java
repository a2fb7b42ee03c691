package si.mama.portal.survey.control;

import si.mama.portal.platform.export.TableModel;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.Respondent;
import si.mama.portal.survey.entity.SurveyQuestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row per submitted response, one column per question (a matrix: one per statement), for the office's
 * spreadsheet and CSV exports. Headers carry the question codes, so two years' sheets line up. Choices are written
 * as their labels; numbers and scale points as numbers. An anonymous questionnaire's rows do not say whose they are.
 */
public final class ResponseTable {

    private final Function<String, String> text;

    public ResponseTable(Function<String, String> text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public TableModel of(Questionnaire questionnaire, List<RespondentAnswers> responses) {
        List<String> headers = new ArrayList<>();
        boolean named = !questionnaire.isAnonymous();
        if (named) {
            headers.add(text.apply("survey.export.centre"));
            headers.add(text.apply("survey.export.region"));
            if (questionnaire.getRespondent() == Respondent.PERSON) {
                headers.add(text.apply("survey.export.person"));
            }
        } else {
            headers.add(text.apply("survey.export.response"));
        }
        for (SurveyQuestion question : questionnaire.getQuestions()) {
            if (question.getType() == QuestionType.LIKERT_MATRIX) {
                question.getChoices().forEach(statement ->
                        headers.add(question.getCode() + "." + statement.code() + " " + statement.label()));
            } else {
                headers.add(question.getCode() + " " + question.getText());
            }
            if (question.isAllowOther()) {
                headers.add(question.getCode() + "." + Choice.OTHER + " " + text.apply("survey.other"));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (RespondentAnswers response : responses) {
            number++;
            List<Object> cells = new ArrayList<>();
            if (named) {
                cells.add(response.centreName());
                cells.add(response.region() == null ? null : text.apply(response.region().bundleKey()));
                if (questionnaire.getRespondent() == Respondent.PERSON) {
                    cells.add(response.personName());
                }
            } else {
                cells.add(number);
            }
            List<SurveyQuestion> visible = questionnaire.visibleQuestions(response.answers());
            for (SurveyQuestion question : questionnaire.getQuestions()) {
                AnswerValue answer = visible.contains(question)
                        ? response.answers().getOrDefault(question.getCode(), AnswerValue.EMPTY) : AnswerValue.EMPTY;
                if (question.getType() == QuestionType.LIKERT_MATRIX) {
                    for (Choice statement : question.getChoices()) {
                        cells.add(answer.values().stream().filter(v -> v.startsWith(statement.code() + "="))
                                .map(v -> (Object) Integer.valueOf(v.substring(statement.code().length() + 1)))
                                .findFirst().orElse(null));
                    }
                } else {
                    cells.add(cell(question, answer));
                }
                if (question.isAllowOther()) {
                    cells.add(answer.other());
                }
            }
            rows.add(cells);
        }
        return new TableModel(questionnaire.getTitle(), headers, rows);
    }

    private Object cell(SurveyQuestion question, AnswerValue answer) {
        if (answer.isEmpty()) {
            return null;
        }
        return switch (question.getType()) {
            case NUMBER -> new BigDecimal(answer.single());
            case LIKERT -> Integer.valueOf(answer.single());
            case SINGLE, MULTIPLE, TOPICS, RANKING -> answer.values().stream()
                    .map(code -> Choice.OTHER.equals(code) ? text.apply("survey.other") : question.labelOf(code))
                    .collect(Collectors.joining(question.getType() == QuestionType.RANKING ? " > " : "; "));
            default -> answer.single();
        };
    }
}
