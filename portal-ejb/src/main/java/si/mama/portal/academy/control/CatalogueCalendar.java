package si.mama.portal.academy.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingSession;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.platform.time.PortalClock;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The academy's calendar feed (METHOD:PUBLISH), built with ical4j: one event per session of every published
 * training, in Ljubljana time. UIDs stay the same from one download to the next, so a subscribed calendar
 * updates its entries rather than adding new ones; a cancelled training's sessions say so.
 */
public final class CatalogueCalendar {

    private static final String PROD_ID = "-//Mreza MaMa//Clanski portal//SL";
    private static final String UID_DOMAIN = "akademija.mreza-mama.si";

    private CatalogueCalendar() {
    }

    public static String of(String name, List<Training> trainings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(PortalClock.ZONE.getId()).getVTimeZone());
        for (Training training : trainings) {
            for (TrainingSession session : training.getSessions()) {
                calendar.add(event(training, session));
            }
        }
        return calendar.toString();
    }

    /** The stable UID of one session's event in the feed. */
    public static String uid(Training training, TrainingSession session) {
        return "training-" + training.getId() + "-session-" + session.getId() + "@" + UID_DOMAIN;
    }

    private static VEvent event(Training training, TrainingSession session) {
        VEvent event = new VEvent(ZonedDateTime.of(session.getDate(), session.getStartsAt(), PortalClock.ZONE),
                ZonedDateTime.of(session.getDate(), session.getEndsAt(), PortalClock.ZONE), training.getTitle());
        event.add(new Uid(uid(training, session)));
        event.add(training.getStatus() == TrainingStatus.CANCELLED
                ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (training.getLocation() != null) {
            event.add(new Location(training.getLocation()));
        }
        if (training.getTopic() != null) {
            event.add(new Description(training.getTopic()));
        }
        return event;
    }
}
