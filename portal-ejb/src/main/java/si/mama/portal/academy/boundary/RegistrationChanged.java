package si.mama.portal.academy.boundary;

/**
 * Fired after a registration was confirmed, waitlisted, promoted from the waitlist or cancelled, for whoever
 * must be told (the mail outbox observes it once it exists). Carries ids only.
 */
public record RegistrationChanged(long registrationId, long trainingId, What what) {

    public enum What {
        CONFIRMED, WAITLISTED, PROMOTED, CANCELLED,
        /** A staff member asked to go: the centre is told. */
        REQUESTED,
        /** The centre admin declined a staff member's request. */
        DECLINED,
        /** The office called the training off. */
        TRAINING_CANCELLED,
        /** Not a change: the reminder a few days before the training. */
        REMINDER
    }
}
