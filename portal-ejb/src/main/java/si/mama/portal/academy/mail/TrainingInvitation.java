package si.mama.portal.academy.mail;

import si.mama.portal.platform.export.CalendarExport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The calendar invitation of a registration, written by {@link CalendarExport}: one event per session of the
 * training, organized by the network and addressed to the participant. A session's UID
 * stays the same for the registration, so a later CANCEL (or a changed session) replaces the same calendar entry.
 */
public final class TrainingInvitation {

    /** What the invitation tells about the training and the participant. */
    public record Details(long registrationId, String title, String location, String description,
                          List<Session> sessions, String organizerAddress, String organizerName,
                          String participantAddress, String participantName) {

        public Details {
            Objects.requireNonNull(title, "title");
            sessions = List.copyOf(sessions);
        }
    }

    /** One session: the id keeps its UID stable. */
    public record Session(long id, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
    }

    private TrainingInvitation() {
    }

    /** METHOD:REQUEST: the participant's calendar offers to add the sessions. */
    public static String request(Details details) {
        return CalendarExport.request(parties(details), events(details, false));
    }

    /** METHOD:CANCEL: the participant's calendar removes the sessions it had from {@link #request}. */
    public static String cancel(Details details) {
        return CalendarExport.cancel(parties(details), events(details, true));
    }

    /** The UID of one session's event for one registration. */
    public static String uid(long registrationId, long sessionId, String organizerAddress) {
        return "academy-registration-" + registrationId + "-session-" + sessionId + "@"
                + CalendarExport.domainOf(organizerAddress);
    }

    private static CalendarExport.Parties parties(Details details) {
        return new CalendarExport.Parties(details.organizerName(), details.organizerAddress(),
                details.participantName(), details.participantAddress());
    }

    private static List<CalendarExport.Event> events(Details details, boolean cancelled) {
        return details.sessions().stream()
                .map(session -> new CalendarExport.Event(uid(details.registrationId(), session.id(),
                        details.organizerAddress()), details.title(), session.date(), session.startsAt(),
                        session.endsAt(), details.location(), details.description(), cancelled))
                .toList();
    }
}
