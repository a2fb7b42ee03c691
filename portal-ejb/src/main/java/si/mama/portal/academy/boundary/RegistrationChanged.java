package si.mama.portal.academy.boundary;

/**
 * Fired after a registration was confirmed, waitlisted, promoted from the waitlist or cancelled, for whoever
 * must be told (the mail outbox observes it once it exists). Carries ids only.
 */
public record RegistrationChanged(long registrationId, long trainingId, What what) {

    public enum What { CONFIRMED, WAITLISTED, PROMOTED, CANCELLED }
}
