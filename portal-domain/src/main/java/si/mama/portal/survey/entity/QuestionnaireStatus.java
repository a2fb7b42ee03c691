package si.mama.portal.survey.entity;

/** Built, or sent to its audience (open between its dates, closed after). */
public enum QuestionnaireStatus {
    DRAFT,
    SENT
}
