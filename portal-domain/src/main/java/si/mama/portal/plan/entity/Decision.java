package si.mama.portal.plan.entity;

/** What a body decided at one approval step. */
public enum Decision {
    /** The body approved: the plan moves on to the next step. */
    APPROVED,
    /** The body asked for changes: the plan goes back to draft and walks the path again. */
    RETURNED,
    /** The office published the adopted plan. */
    PUBLISHED
}
