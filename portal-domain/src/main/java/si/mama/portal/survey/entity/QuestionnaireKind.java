package si.mama.portal.survey.entity;

/** What a questionnaire is for. */
public enum QuestionnaireKind {
    /** The spring training-needs questionnaire and other needs analyses. */
    NEEDS,
    /** The evaluation of an activity or a training. */
    EVALUATION,
    OTHER;

    public String bundleKey() {
        return "survey.kind." + name();
    }
}
