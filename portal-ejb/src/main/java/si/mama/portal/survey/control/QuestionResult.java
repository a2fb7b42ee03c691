package si.mama.portal.survey.control;

import si.mama.portal.survey.entity.SurveyQuestion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The results of one question over the responses that saw it: how many answered; counts per choice (or per scale
 * point), a mean where one makes sense, per statement for a matrix, the texts for an open question, and last
 * year's counts on the same choice codes when there is a questionnaire to compare with.
 */
public record QuestionResult(SurveyQuestion question, int shown, int answered, List<Count> counts, BigDecimal mean,
                             BigDecimal min, BigDecimal max, List<Row> rows, List<Text> texts, List<Count> lastYear) implements Serializable {

    /** A count of one choice or scale point, with its share of those who answered. */
    public record Count(String code, String label, int count, BigDecimal percent) implements Serializable {

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public int getCount() {
            return count;
        }

        public BigDecimal getPercent() {
            return percent;
        }
    }

    /** One statement of a matrix (or one choice of a ranking): its distribution and mean. */
    public record Row(String code, String label, List<Count> counts, BigDecimal mean) implements Serializable {

        public String getLabel() {
            return label;
        }

        public List<Count> getCounts() {
            return counts;
        }

        public BigDecimal getMean() {
            return mean;
        }
    }

    /** An open answer (or an "other" text), with who wrote it unless the questionnaire is anonymous. */
    public record Text(String text, String respondent) implements Serializable {

        public String getText() {
            return text;
        }

        public String getRespondent() {
            return respondent;
        }
    }

    public QuestionResult {
        counts = List.copyOf(counts);
        rows = List.copyOf(rows);
        texts = List.copyOf(texts);
        lastYear = lastYear == null ? List.of() : List.copyOf(lastYear);
    }

    public SurveyQuestion getQuestion() {
        return question;
    }

    public int getShown() {
        return shown;
    }

    public int getAnswered() {
        return answered;
    }

    public List<Count> getCounts() {
        return counts;
    }

    public BigDecimal getMean() {
        return mean;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Text> getTexts() {
        return texts;
    }

    public List<Count> getLastYear() {
        return lastYear;
    }

    public boolean isComparable() {
        return !lastYear.isEmpty();
    }
}
