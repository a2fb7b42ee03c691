package si.mama.portal.academy.mail;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import si.mama.portal.academy.boundary.RegistrationChanged.What;
import si.mama.portal.platform.mail.ComposedMail;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcademyMailsTest {

    private static final TrainingInvitation.Details DETAILS = new TrainingInvitation.Details(42, "Vodenje prostovoljcev",
            "MC Celje, Mariborska 2", "Dvodnevno usposabljanje.",
            List.of(new TrainingInvitation.Session(7, LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(15, 0)),
                    new TrainingInvitation.Session(8, LocalDate.of(2026, 12, 2), LocalTime.of(10, 0), LocalTime.of(13, 30))),
            "akademija@mreza-mama.si", "Mreža MaMa", "ana.novak@example.org", "Ana Novak");

    private static final String LINK = "https://portal.mreza-mama.si/academy/training?id=5";

    @Test
    void theEnglishReminderIsInEnglish() {
        ComposedMail mail = AcademyMails.compose(What.REMINDER, AcademyMails.ENGLISH, DETAILS, null, LINK, null);
        assertEquals("Reminder: Vodenje prostovoljcev", mail.subject());
        assertTrue(mail.text().contains("Tuesday, 1 December 2026"), mail.text());
        assertEquals(AcademyMails.ENGLISH, mail.language());
    }

    @Test
    void everyTemplateExistsInSlovenianAndEnglish() {
        assertEquals(keys(AcademyMails.bundle(AcademyMails.SLOVENIAN)), keys(AcademyMails.bundle(AcademyMails.ENGLISH)));
        for (What what : What.values()) {
            for (var language : List.of(AcademyMails.SLOVENIAN, AcademyMails.ENGLISH)) {
                ComposedMail mail = AcademyMails.compose(what, language, DETAILS, 3, LINK, null);
                assertTrue(mail.subject().contains("Vodenje prostovoljcev"), mail.subject());
                assertTrue(mail.text().contains("Ana Novak"), mail.text());
                assertTrue(what == What.DECLINED || mail.text().contains("09:00–15:00"), mail.text());
                assertTrue(mail.text().contains("akademija@mreza-mama.si"), mail.text());
                assertTrue(mail.text().contains(LINK), mail.text());
                assertTrue(!mail.text().contains("{"), mail.text());
            }
        }
    }

    @Test
    void theWaitlistMailTellsThePlaceInSlovenian() {
        ComposedMail mail = AcademyMails.compose(What.WAITLISTED, AcademyMails.SLOVENIAN, DETAILS, 3, LINK, null);
        assertEquals("Čakalna vrsta: Vodenje prostovoljcev", mail.subject());
        assertTrue(mail.text().contains("na 3. mestu"), mail.text());
        assertTrue(mail.text().contains("torek, 1. december 2026"), mail.text());
        assertEquals("ana.novak@example.org", mail.recipient());
        assertNull(mail.calendar());
    }

    @Test
    void theInvitationHasOneEventPerSessionInLjubljanaTimeWithStableUids() throws Exception {
        String text = TrainingInvitation.request(DETAILS);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        ZonedDateTime start = ZonedDateTime.from(events.get(0).<Temporal>getStartDate().orElseThrow().getDate());
        assertEquals(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/Ljubljana")).toInstant(), start.toInstant());
        assertTrue(text.contains("DTSTART;TZID=Europe/Ljubljana:20261201T090000"), text);
        assertTrue(text.contains("DTEND;TZID=Europe/Ljubljana:20261202T133000"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE"), text);
        assertEquals("academy-registration-42-session-7@mreza-mama.si", events.get(0).getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("mailto:akademija@mreza-mama.si", events.get(0).getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals("mailto:ana.novak@example.org", events.get(0).getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals(TrainingInvitation.request(DETAILS).replaceAll("DTSTAMP:.*", ""), text.replaceAll("DTSTAMP:.*", ""),
                "the same registration gives the same invitation");
    }

    @Test
    void theCancellationCancelsTheSameEvents() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(TrainingInvitation.cancel(DETAILS)));
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals("academy-registration-42-session-8@mreza-mama.si", events.get(1).getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("CANCELLED", events.get(1).getProperty(Property.STATUS).orElseThrow().getValue());
    }

    private static Set<String> keys(ResourceBundle bundle) {
        Set<String> keys = new TreeSet<>();
        for (Enumeration<String> e = bundle.getKeys(); e.hasMoreElements(); ) {
            keys.add(e.nextElement());
        }
        return keys;
    }
}
