package si.mama.portal.survey.boundary;

import si.mama.portal.centre.entity.Region;
import si.mama.portal.survey.control.QuestionResult;
import si.mama.portal.survey.entity.Questionnaire;

import java.io.Serializable;
import java.util.List;

/**
 * A questionnaire's results as the reader may see them: the response rate, each question's results over the
 * submitted responses (of one region, when filtered), and the questionnaire compared with, if any.
 */
public record QuestionnaireResults(Questionnaire questionnaire, ResponseRate rate, int responses, Region region,
                                   List<QuestionResult> questions, Questionnaire comparedWith, boolean named) implements Serializable {

    public QuestionnaireResults {
        questions = List.copyOf(questions);
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public ResponseRate getRate() {
        return rate;
    }

    public int getResponses() {
        return responses;
    }

    public Region getRegion() {
        return region;
    }

    public List<QuestionResult> getQuestions() {
        return questions;
    }

    public Questionnaire getComparedWith() {
        return comparedWith;
    }

    public boolean isNamed() {
        return named;
    }
}
