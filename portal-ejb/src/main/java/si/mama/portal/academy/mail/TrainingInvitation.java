package si.mama.portal.academy.mail;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import si.mama.portal.platform.time.PortalClock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The calendar invitation of a registration, built with ical4j: one VEVENT per session of the training, in
 * Ljubljana time (with its VTIMEZONE), organized by the network and addressed to the participant. A session's UID
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

    private static final String PROD_ID = "-//Mreza MaMa//Clanski portal//SL";

    private TrainingInvitation() {
    }

    /** METHOD:REQUEST: the participant's calendar offers to add the sessions. */
    public static String request(Details details) {
        return calendar(details, ImmutableMethod.REQUEST, 0);
    }

    /** METHOD:CANCEL: the participant's calendar removes the sessions it had from {@link #request}. */
    public static String cancel(Details details) {
        return calendar(details, ImmutableMethod.CANCEL, 1);
    }

    /** The UID of one session's event for one registration. */
    public static String uid(long registrationId, long sessionId, String organizerAddress) {
        String domain = organizerAddress.substring(organizerAddress.indexOf('@') + 1);
        return "academy-registration-" + registrationId + "-session-" + sessionId + "@" + domain;
    }

    private static String calendar(Details details, Method method, int sequence) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(PortalClock.ZONE.getId()).getVTimeZone());
        for (Session session : details.sessions()) {
            calendar.add(event(details, session, method, sequence));
        }
        return calendar.toString();
    }

    private static VEvent event(Details details, Session session, Method method, int sequence) {
        ZonedDateTime start = ZonedDateTime.of(session.date(), session.startsAt(), PortalClock.ZONE);
        ZonedDateTime end = ZonedDateTime.of(session.date(), session.endsAt(), PortalClock.ZONE);
        VEvent event = new VEvent(start, end, details.title());
        event.add(new Uid(uid(details.registrationId(), session.id(), details.organizerAddress())));
        event.add(new Sequence(sequence));
        event.add(method == ImmutableMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (details.location() != null && !details.location().isBlank()) {
            event.add(new Location(details.location()));
        }
        if (details.description() != null && !details.description().isBlank()) {
            event.add(new Description(details.description()));
        }
        event.add(new Organizer(new ParameterList(List.of(new Cn(details.organizerName()))),
                "mailto:" + details.organizerAddress()));
        event.add(new Attendee(new ParameterList(List.of(new Cn(details.participantName()), Role.REQ_PARTICIPANT,
                PartStat.NEEDS_ACTION, Rsvp.FALSE)), "mailto:" + details.participantAddress()));
        return event;
    }
}
