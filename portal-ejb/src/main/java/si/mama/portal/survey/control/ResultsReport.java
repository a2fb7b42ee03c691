package si.mama.portal.survey.control;

import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.survey.boundary.QuestionnaireResults;
import si.mama.portal.survey.boundary.ResponseRate;
import si.mama.portal.survey.entity.Choice;
import si.mama.portal.survey.entity.QuestionType;
import si.mama.portal.survey.entity.SurveySection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The results report of a questionnaire as a document (for the PDF export): the response rate overall and by
 * region, then section by section each question's counts and shares (with last year's beside them when
 * comparable), scale means, and the open answers. Bars are drawn with characters (the PDF font has no block glyphs), so the report reads anywhere.
 */
public final class ResultsReport {

    private static final int BAR_WIDTH = 40;

    private final Function<String, String> text;
    private final BiFunction<String, Object[], String> format;

    /** {@code text} looks a label up; {@code format} formats a message with arguments. */
    public ResultsReport(Function<String, String> text, BiFunction<String, Object[], String> format) {
        this.text = Objects.requireNonNull(text, "text");
        this.format = Objects.requireNonNull(format, "format");
    }

    public DocumentModel of(QuestionnaireResults results) {
        DocumentModel document = new DocumentModel(results.questionnaire().getTitle());
        document.heading(1, results.questionnaire().getTitle());
        ResponseRate rate = results.rate();
        document.paragraph(format.apply("survey.report.rate", new Object[]{rate.submitted(), rate.asked(),
                rate.getPercent().toPlainString()}));
        if (results.region() != null) {
            document.paragraph(format.apply("survey.report.region", new Object[]{text.apply(results.region().bundleKey())}));
        }
        if (results.comparedWith() != null) {
            document.paragraph(format.apply("survey.report.compared", new Object[]{results.comparedWith().getTitle()}));
        }
        List<List<String>> regions = rate.byRegion().stream().map(r -> List.of(text.apply(r.region().bundleKey()),
                String.valueOf(r.submitted()), String.valueOf(r.asked()), r.getPercent().toPlainString() + " %")).toList();
        document.table(text.apply("survey.report.byRegion"), List.of(text.apply("survey.export.region"),
                text.apply("survey.results.submitted"), text.apply("survey.results.asked"), "%"), regions, 3, 1, 1, 1);
        SurveySection section = null;
        for (QuestionResult result : results.questions()) {
            if (result.question().getSection() != section) {
                section = result.question().getSection();
                document.heading(2, section.getTitle());
            }
            question(document, result);
        }
        return document;
    }

    private void question(DocumentModel document, QuestionResult result) {
        document.heading(3, result.question().getText());
        document.paragraph(format.apply("survey.report.answered", new Object[]{result.answered(), result.shown()}));
        QuestionType type = result.question().getType();
        if (!result.counts().isEmpty()) {
            List<String> headers = new ArrayList<>(List.of(text.apply("survey.results.answer"),
                    text.apply("survey.results.count"), "%", ""));
            if (result.isComparable()) {
                headers.add(text.apply("survey.results.lastYear"));
            }
            List<List<String>> rows = new ArrayList<>();
            for (QuestionResult.Count count : result.counts()) {
                List<String> row = new ArrayList<>(List.of(label(count), String.valueOf(count.count()),
                        count.percent().toPlainString(), bar(count.percent())));
                if (result.isComparable()) {
                    row.add(result.lastYear().stream().filter(old -> old.code().equals(count.code())).findFirst()
                            .map(old -> old.percent().toPlainString() + " %").orElse("–"));
                }
                rows.add(row);
            }
            document.table(null, headers, rows, result.isComparable() ? new float[]{4, 1, 1, 3, 2} : new float[]{4, 1, 1, 3});
        }
        if (type == QuestionType.LIKERT_MATRIX || type == QuestionType.RANKING) {
            List<String> headers = new ArrayList<>();
            headers.add(text.apply(type == QuestionType.RANKING ? "survey.results.choice" : "survey.results.statement"));
            headers.add(text.apply(type == QuestionType.RANKING ? "survey.results.meanRank" : "survey.results.mean"));
            List<List<String>> rows = result.rows().stream().map(row -> List.of(row.label(),
                    row.mean() == null ? "–" : row.mean().toPlainString())).toList();
            document.table(null, headers, rows, 4, 1);
        }
        if (result.mean() != null) {
            String summary = format.apply("survey.report.mean", new Object[]{result.mean().toPlainString()});
            if (result.min() != null) {
                summary += " " + format.apply("survey.report.range", new Object[]{result.min().toPlainString(),
                        result.max().toPlainString()});
            }
            document.paragraph(summary);
        }
        if (!result.texts().isEmpty()) {
            document.list(null, result.texts().stream().map(t -> t.respondent() == null ? t.text()
                    : t.text() + " — " + t.respondent()).toList(), false);
        }
    }

    private String label(QuestionResult.Count count) {
        return Choice.OTHER.equals(count.code()) ? text.apply("survey.other") : count.label();
    }

    private static String bar(BigDecimal percent) {
        int filled = percent.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(BigDecimal.valueOf(100), 0,
                java.math.RoundingMode.HALF_UP).intValue();
        return "|".repeat(Math.max(0, Math.min(BAR_WIDTH, filled)));
    }
}
