package si.mama.portal.academy.control;

import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingSession;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.platform.export.CalendarExport;

import java.util.List;

/**
 * The academy's calendar feed, written by {@link CalendarExport}: one event per session of every published
 * training. UIDs stay the same from one download to the next, so a subscribed calendar updates its entries rather
 * than adding new ones; a cancelled training's sessions say so.
 */
public final class CatalogueCalendar {

    private static final String UID_DOMAIN = "akademija.mreza-mama.si";

    private CatalogueCalendar() {
    }

    public static String of(String name, List<Training> trainings) {
        return CalendarExport.feed(name, trainings.stream()
                .flatMap(training -> training.getSessions().stream().map(session -> event(training, session)))
                .toList());
    }

    /** The stable UID of one session's event in the feed. */
    public static String uid(Training training, TrainingSession session) {
        return "training-" + training.getId() + "-session-" + session.getId() + "@" + UID_DOMAIN;
    }

    private static CalendarExport.Event event(Training training, TrainingSession session) {
        return new CalendarExport.Event(uid(training, session), training.getTitle(), session.getDate(),
                session.getStartsAt(), session.getEndsAt(), training.getLocation(), training.getTopic(),
                training.getStatus() == TrainingStatus.CANCELLED);
    }
}
