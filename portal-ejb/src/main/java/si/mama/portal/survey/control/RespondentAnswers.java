package si.mama.portal.survey.control;

import si.mama.portal.centre.entity.Region;
import si.mama.portal.survey.entity.AnswerValue;

import java.util.Map;

/** One submitted response as results read it: whose (for named results) and its answers by question code. */
public record RespondentAnswers(long responseId, long centreId, String centreName, Region region, String personName,
                                Map<String, AnswerValue> answers) {

    public RespondentAnswers {
        answers = Map.copyOf(answers);
    }

    /** Who answered, as a list shows it: the centre, and the person for a per-person questionnaire. */
    public String respondent() {
        return personName == null ? centreName : personName + " (" + centreName + ")";
    }
}
