package si.mama.portal.stewardship.boundary;

import si.mama.portal.centre.entity.Centre;

import java.io.Serializable;
import java.time.LocalDate;

/** A centre on a steward's list: when the office was last in touch, the next planned meeting, open follow-ups. */
public record StewardedCentre(Centre centre, LocalDate lastContact, LocalDate lastMeeting, LocalDate nextMeeting,
                              long openFollowUps) implements Serializable {

    public Centre getCentre() {
        return centre;
    }

    public LocalDate getLastContact() {
        return lastContact;
    }

    public LocalDate getLastMeeting() {
        return lastMeeting;
    }

    public LocalDate getNextMeeting() {
        return nextMeeting;
    }

    public long getOpenFollowUps() {
        return openFollowUps;
    }
}
