package si.mama.portal.platform.export;

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
import net.fortuna.ical4j.model.property.XProperty;
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
 * The portal's iCalendar writer, built on ical4j: events in Ljubljana time with their VTIMEZONE, as a feed to
 * subscribe to (METHOD:PUBLISH) or as an invitation in a mail (METHOD:REQUEST) and its withdrawal (METHOD:CANCEL).
 * Features say what the events are; this class says how a calendar is written.
 */
public final class CalendarExport {

    private static final String PROD_ID = "-//Mreza MaMa//Clanski portal//SL";

    /** One event: its UID must stay the same for the same thing, so calendars update rather than duplicate it. */
    public record Event(String uid, String title, LocalDate date, LocalTime startsAt, LocalTime endsAt,
                        String location, String description, boolean cancelled) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
        }
    }

    /** Who sends an invitation and who receives it. */
    public record Parties(String organizerName, String organizerAddress, String attendeeName, String attendeeAddress) {
    }

    private CalendarExport() {
    }

    /** A feed (METHOD:PUBLISH) named {@code name}, e.g. for a calendar subscription. */
    public static String feed(String name, List<Event> events) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        events.forEach(event -> calendar.add(event(event, 0)));
        return calendar.toString();
    }

    /** An invitation (METHOD:REQUEST): the attendee's calendar offers to add the events. */
    public static String request(Parties parties, List<Event> events) {
        return invitation(ImmutableMethod.REQUEST, 0, parties, events);
    }

    /** The withdrawal of an invitation (METHOD:CANCEL): the attendee's calendar removes the same UIDs. */
    public static String cancel(Parties parties, List<Event> events) {
        return invitation(ImmutableMethod.CANCEL, 1, parties, events);
    }

    /** The domain part of an address, for UIDs that are unique beyond this portal. */
    public static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    private static String invitation(Method method, int sequence, Parties parties, List<Event> events) {
        Calendar calendar = calendar(method);
        for (Event event : events) {
            VEvent vEvent = event(event, sequence);
            vEvent.add(new Organizer(new ParameterList(List.of(new Cn(parties.organizerName()))),
                    "mailto:" + parties.organizerAddress()));
            vEvent.add(new Attendee(new ParameterList(List.of(new Cn(parties.attendeeName()), Role.REQ_PARTICIPANT,
                    PartStat.NEEDS_ACTION, Rsvp.FALSE)), "mailto:" + parties.attendeeAddress()));
            calendar.add(vEvent);
        }
        return calendar.toString();
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(PortalClock.ZONE.getId()).getVTimeZone());
        return calendar;
    }

    private static VEvent event(Event event, int sequence) {
        VEvent vEvent = new VEvent(ZonedDateTime.of(event.date(), event.startsAt(), PortalClock.ZONE),
                ZonedDateTime.of(event.date(), event.endsAt(), PortalClock.ZONE), event.title());
        vEvent.add(new Uid(event.uid()));
        if (sequence > 0) {
            vEvent.add(new Sequence(sequence));
        }
        vEvent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.location() != null && !event.location().isBlank()) {
            vEvent.add(new Location(event.location()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            vEvent.add(new Description(event.description()));
        }
        return vEvent;
    }
}
