package si.mama.portal.academy.entity;

/** Where a registration stands. */
public enum RegistrationStatus {
    /** A staff member asked to go; the centre admin has not decided yet. */
    REQUESTED,
    /** Has a seat. */
    CONFIRMED,
    /** The training was full: waits for a seat at a numbered position. */
    WAITLISTED,
    /** Cancelled by the centre (or refused by its admin); kept for the record. */
    CANCELLED;

    /** Whether the registration still holds (or waits for) a place. */
    public boolean isLive() {
        return this != CANCELLED;
    }
}
