package si.mama.portal.academy.boundary;

import si.mama.portal.people.entity.Person;

import java.io.Serializable;

/** What happened to one person of a registration: a seat, a waitlist place, or why not. */
public record RegistrationOutcome(Person person, Kind kind, Integer waitlistPosition) implements Serializable {

    public enum Kind {
        CONFIRMED, WAITLISTED, ALREADY_REGISTERED, QUOTA_REACHED, PERSON_INACTIVE;

        public boolean isRegistered() {
            return this == CONFIRMED || this == WAITLISTED;
        }
    }

    public Person getPerson() {
        return person;
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }
}
