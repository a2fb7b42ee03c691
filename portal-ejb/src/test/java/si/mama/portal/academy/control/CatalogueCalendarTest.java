package si.mama.portal.academy.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingDetails;
import si.mama.portal.academy.entity.TrainingFormat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueCalendarTest {

    @Test
    void theFeedHasOneEventPerSessionInLjubljanaTimeAndMarksCancelledTrainings() throws Exception {
        Training held = training("Trening za trenerje", "Mladinski center Celje, Celje");
        held.addSession(LocalDate.of(2027, 1, 19), LocalTime.of(9, 0), LocalTime.of(13, 0), null);
        held.addSession(LocalDate.of(2027, 1, 20), LocalTime.of(9, 0), LocalTime.of(15, 0), null);
        held.publish();
        Training calledOff = training("Zastopanje in zagovorništvo", null);
        calledOff.addSession(LocalDate.of(2027, 2, 3), LocalTime.of(10, 0), LocalTime.of(12, 0), null);
        calledOff.publish();
        calledOff.cancel();

        String feed = CatalogueCalendar.of("Akademija rednih usposabljanj", List.of(held, calledOff));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size(), "one event per session");
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent first = events.get(0);
        assertEquals("Trening za trenerje", first.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("Mladinski center Celje, Celje", first.getProperty("LOCATION").orElseThrow().getValue());
        var start = first.getProperty("DTSTART").orElseThrow();
        assertEquals("20270119T090000", start.getValue());
        assertEquals("Europe/Ljubljana", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals("CANCELLED", events.get(2).getProperty("STATUS").orElseThrow().getValue());
        assertTrue(feed.contains("TZID=Europe/Ljubljana"), "times carry the Ljubljana zone");
    }

    private static Training training(String title, String location) {
        return new Training(new TrainingDetails(2026, title, null, "tema", Set.of(), TrainingFormat.ON_SITE, location, 20,
                null, LocalDate.of(2027, 1, 12)));
    }
}
