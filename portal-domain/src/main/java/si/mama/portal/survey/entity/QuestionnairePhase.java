package si.mama.portal.survey.entity;

/** Where a questionnaire stands on a given day. */
public enum QuestionnairePhase {
    /** Being built; centres do not see it. */
    DRAFT,
    /** Sent, opening later. */
    SCHEDULED,
    /** Centres answer. */
    OPEN,
    /** Past its closing date: results are final, centres see the aggregated results. */
    CLOSED;

    public String bundleKey() {
        return "survey.phase." + name();
    }
}
