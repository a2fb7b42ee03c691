package si.mama.portal.survey.boundary;

import si.mama.portal.survey.entity.AnswerValue;
import si.mama.portal.survey.entity.Questionnaire;
import si.mama.portal.survey.entity.QuestionnairePhase;
import si.mama.portal.survey.entity.ResponseStatus;
import si.mama.portal.survey.entity.SurveyQuestion;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A respondent's view of a questionnaire: the answers so far (with who changed each last), which questions show
 * with them, which required ones are still missing, and what the signed-in user may do.
 */
public record AnswerSheet(Questionnaire questionnaire, QuestionnairePhase phase, ResponseStatus status,
                          Instant submittedAt, String submittedBy, Map<String, SavedAnswer> answers,
                          List<SurveyQuestion> visible, List<SurveyQuestion> missing, boolean editable,
                          boolean maySubmit) implements Serializable {

    public AnswerSheet {
        answers = Map.copyOf(answers);
        visible = List.copyOf(visible);
        missing = List.copyOf(missing);
    }

    /** The answer to a question (empty when none). */
    public AnswerValue valueOf(String code) {
        SavedAnswer saved = answers.get(code);
        return saved == null ? AnswerValue.EMPTY : saved.value();
    }

    public boolean isVisible(String code) {
        return visibleCodes().contains(code);
    }

    public Set<String> visibleCodes() {
        return visible.stream().map(SurveyQuestion::getCode).collect(Collectors.toSet());
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }
}
