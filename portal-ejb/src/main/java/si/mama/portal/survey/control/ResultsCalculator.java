package si.mama.portal.survey.control;

import si.mama.portal.survey.control.QuestionResult.Count;
import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.SurveyQuestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns submitted responses into per-question results. Each response counts only for the questions it saw (its
 * conditions decide), so a question shown to few is not diluted by those it was hidden from. Pure computation:
 * who may read which results is the boundary's business.
 */
public final class ResultsCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResultsCalculator() {
    }

    /**
     * The results of every question in order. {@code named} says whether open answers carry who wrote them;
     * {@code previous}, when given, are last year's responses to compare on matching codes.
     */
    public static List<QuestionResult> of(Questionnaire questionnaire, List<RespondentAnswers> responses, boolean named,
                                          Questionnaire previousQuestionnaire, List<RespondentAnswers> previous) {
        Map<String, List<AnswerValue>> shown = shownAnswers(questionnaire, responses);
        Map<String, List<RespondentAnswers>> whoShown = shownRespondents(questionnaire, responses);
        Map<String, List<AnswerValue>> earlier = previousQuestionnaire == null ? Map.of()
                : shownAnswers(previousQuestionnaire, previous);
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion question : questionnaire.getQuestions()) {
            List<AnswerValue> answers = shown.getOrDefault(question.getCode(), List.of());
            List<Count> lastYear = previousQuestionnaire == null ? null
                    : previousQuestionnaire.question(question.getCode())
                    .filter(old -> old.getType() == question.getType() && hasCounts(question.getType()))
                    .map(old -> counts(old, earlier.getOrDefault(old.getCode(), List.of())))
                    .orElse(null);
            results.add(result(question, answers, whoShown.getOrDefault(question.getCode(), List.of()), named, lastYear));
        }
        return results;
    }

    private static boolean hasCounts(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE || type == QuestionType.TOPICS
                || type == QuestionType.LIKERT;
    }

    /** For each question code, the answers of the responses it was shown to (empty answers included). */
    private static Map<String, List<AnswerValue>> shownAnswers(Questionnaire questionnaire, List<RespondentAnswers> responses) {
        Map<String, List<AnswerValue>> shown = new HashMap<>();
        for (RespondentAnswers response : responses) {
            for (SurveyQuestion question : questionnaire.visibleQuestions(response.answers())) {
                shown.computeIfAbsent(question.getCode(), code -> new ArrayList<>())
                        .add(response.answers().getOrDefault(question.getCode(), AnswerValue.EMPTY));
            }
        }
        return shown;
    }

    private static Map<String, List<RespondentAnswers>> shownRespondents(Questionnaire questionnaire,
                                                                         List<RespondentAnswers> responses) {
        Map<String, List<RespondentAnswers>> shown = new HashMap<>();
        for (RespondentAnswers response : responses) {
            for (SurveyQuestion question : questionnaire.visibleQuestions(response.answers())) {
                shown.computeIfAbsent(question.getCode(), code -> new ArrayList<>()).add(response);
            }
        }
        return shown;
    }

    private static QuestionResult result(SurveyQuestion question, List<AnswerValue> answers,
                                         List<RespondentAnswers> respondents, boolean named, List<Count> lastYear) {
        List<AnswerValue> given = answers.stream().filter(answer -> !answer.isEmpty()).toList();
        List<Count> counts = List.of();
        List<QuestionResult.Row> rows = List.of();
        List<QuestionResult.Text> texts = new ArrayList<>();
        BigDecimal mean = null;
        BigDecimal min = null;
        BigDecimal max = null;
        switch (question.getType()) {
            case SINGLE, MULTIPLE, TOPICS, LIKERT -> {
                counts = counts(question, given);
                if (question.getType() == QuestionType.LIKERT) {
                    mean = mean(given.stream().map(AnswerValue::single).map(BigDecimal::new).toList());
                }
            }
            case LIKERT_MATRIX -> rows = matrix(question, given);
            case RANKING -> rows = ranking(question, given);
            case NUMBER -> {
                List<BigDecimal> numbers = given.stream().map(AnswerValue::single).map(BigDecimal::new).toList();
                mean = mean(numbers);
                min = numbers.stream().min(BigDecimal::compareTo).orElse(null);
                max = numbers.stream().max(BigDecimal::compareTo).orElse(null);
            }
            case SHORT_TEXT, LONG_TEXT, DATE -> {
                // each text with its respondent: answers and respondents are in the same order
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            AnswerValue answer = answers.get(i);
            String who = named ? respondents.get(i).respondent() : null;
            if (!answer.isEmpty() && (question.getType().isText() || question.getType() == QuestionType.DATE)) {
                texts.add(new QuestionResult.Text(answer.single(), who));
            }
            if (answer.other() != null) {
                texts.add(new QuestionResult.Text(answer.other(), who));
            }
        }
        return new QuestionResult(question, answers.size(), given.size(), counts, mean, min, max, rows, texts, lastYear);
    }

    /** Counts per choice (and "other") or per scale point, with shares of those who answered. */
    static List<Count> counts(SurveyQuestion question, List<AnswerValue> answers) {
        List<AnswerValue> given = answers.stream().filter(answer -> !answer.isEmpty()).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        if (question.getType() == QuestionType.LIKERT) {
            question.getScalePoints().forEach(point -> labels.put(String.valueOf(point), String.valueOf(point)));
        } else {
            question.getChoices().forEach(choice -> labels.put(choice.code(), choice.label()));
            if (question.isAllowOther()) {
                labels.put(Choice.OTHER, null);
            }
        }
        Map<String, Long> tally = given.stream().flatMap(answer -> answer.values().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return labels.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue(),
                tally.getOrDefault(entry.getKey(), 0L).intValue(), percent(tally.getOrDefault(entry.getKey(), 0L), given.size())))
                .toList();
    }

    private static List<QuestionResult.Row> matrix(SurveyQuestion question, List<AnswerValue> given) {
        List<QuestionResult.Row> rows = new ArrayList<>();
        for (Choice statement : question.getChoices()) {
            List<String> points = given.stream().flatMap(answer -> answer.values().stream())
                    .filter(value -> value.startsWith(statement.code() + "="))
                    .map(value -> value.substring(statement.code().length() + 1)).toList();
            Map<String, Long> tally = points.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            List<Count> counts = question.getScalePoints().stream().map(String::valueOf)
                    .map(point -> new Count(point, point, tally.getOrDefault(point, 0L).intValue(),
                            percent(tally.getOrDefault(point, 0L), points.size()))).toList();
            rows.add(new QuestionResult.Row(statement.code(), statement.label(), counts,
                    mean(points.stream().map(BigDecimal::new).toList())));
        }
        return rows;
    }

    /** Per choice: how often it was ranked first (the count) and its mean rank (lower is preferred). */
    private static List<QuestionResult.Row> ranking(SurveyQuestion question, List<AnswerValue> given) {
        List<QuestionResult.Row> rows = new ArrayList<>();
        for (Choice choice : question.getChoices()) {
            List<BigDecimal> ranks = given.stream().filter(answer -> answer.values().contains(choice.code()))
                    .map(answer -> BigDecimal.valueOf(answer.values().indexOf(choice.code()) + 1L)).toList();
            long first = given.stream().filter(answer -> choice.code().equals(answer.single())).count();
            rows.add(new QuestionResult.Row(choice.code(), choice.label(),
                    List.of(new Count("1", "1", (int) first, percent(first, given.size()))), mean(ranks)));
        }
        rows.sort((a, b) -> a.mean() == null ? 1 : b.mean() == null ? -1 : a.mean().compareTo(b.mean()));
        return rows;
    }

    private static BigDecimal mean(List<BigDecimal> numbers) {
        if (numbers.isEmpty()) {
            return null;
        }
        return numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long count, int of) {
        return of == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
