package si.mama.portal.academy;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.academy.boundary.RegistrationOutcome;
import si.mama.portal.academy.boundary.RegistrationOutcome.Kind;
import si.mama.portal.academy.boundary.Registrations;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.mail.RegistrationMails;
import si.mama.portal.academy.mail.TrainingReminders;
import si.mama.portal.people.boundary.People;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.AcademyTables;
import si.mama.portal.platform.testing.MailTables;
import si.mama.portal.platform.testing.MailTables.MailRow;
import si.mama.portal.platform.testing.MailTransactions;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestMailServer;
import si.mama.portal.platform.testing.TestTrainings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.CANCELLED;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.CONFIRMED;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.DECLINED;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.REMINDER;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.PROMOTED;
import static si.mama.portal.academy.boundary.RegistrationChanged.What.WAITLISTED;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.PersonDetailsBuilder.aPerson;

/**
 * The academy's mails through the outbox, in Payara Micro against a real MariaDB and a real SMTP server (GreenMail,
 * inside the same Payara, on the port the portal sends to). The outbox's job runs every second here, as it runs
 * every 15 s in the portal: the tests wait for what a person would receive, and read the outbox with plain JDBC.
 */
@ExtendWith(ArquillianExtension.class)
public class AcademyMailIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");
    /** This class's people have addresses here; other classes' pending mails are parked (the database is shared). */
    private static final String DOMAIN = "mail-it.example.org";

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(AcademyMailIT.class, TestTrainings.class, AcademyTables.class,
                        TestMailServer.class, MailTables.class, MailTransactions.class, MailTransactions.RolledBack.class)
                .addAsLibraries(TestDeployment.testLibraries());
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Registrations registrations;

    @Inject
    Trainings catalogue;

    @Inject
    People people;

    @Inject
    TestCentres centres;

    @Inject
    TestTrainings trainings;

    @Inject
    AcademyTables tables;

    @Inject
    MailTables outbox;

    @Inject
    MailTransactions transactions;

    @Inject
    TestMailServer mailServer;

    @Inject
    TrainingReminders reminders;

    @BeforeEach
    void mailServerUpAndNoBacklogOfOtherClasses() {
        mailServer.start();
        outbox.parkAllBut(DOMAIN);
    }

    @Test
    void aConfirmedRegistrationIsQueuedWithItAndDeliveredWithAnInvitationPerSession() throws Exception {
        long trainingId = trainings.published("potrditev", 10, null);
        LocalDate secondDay = tables.training(trainingId).deadline().plusDays(8);
        addSession(trainingId, secondDay, LocalTime.of(10, 0), LocalTime.of(13, 30));
        Caller.CentreRef centre = centres.create("mail");
        String address = uniqueAddress("mojca");
        long person = person(centre, "Mojca", "Kovač", address);

        List<RegistrationOutcome> outcomes = registrations.register(trainingId, List.of(person));

        assertEquals(Kind.CONFIRMED, outcomes.get(0).kind());
        long registrationId = tables.live(trainingId).get(0).id();
        MailRow queued = outbox.byKey(RegistrationMails.key(registrationId, CONFIRMED)).orElseThrow(
                () -> new AssertionError("the confirmation was not stored with the registration"));
        assertEquals(address, queued.recipient());
        assertEquals("sl", queued.language());
        assertTrue(queued.hasCalendar());

        MimeMessage mail = mailServer.await(address, 1, DELIVERY).get(0);
        assertTrue(mail.getSubject().startsWith("Prijava potrjena: IT potrditev"), mail.getSubject());
        assertEquals("akademija@mreza-mama.si", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());
        MimeMultipart parts = assertInstanceOf(MimeMultipart.class, mail.getContent());
        assertTrue(text(parts.getBodyPart(0)).contains("Pozdravljeni, Mojca Kovač"), text(parts.getBodyPart(0)));
        BodyPart invitation = parts.getBodyPart(1);
        assertTrue(invitation.getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar"), invitation.getContentType());
        assertTrue(invitation.getContentType().contains("method=REQUEST"), invitation.getContentType());

        Calendar calendar = new CalendarBuilder().build(new StringReader(text(invitation)));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size(), "one event per session");
        LocalDate firstDay = tables.training(trainingId).deadline().plusDays(7);
        assertEquals(ZonedDateTime.of(firstDay.atTime(9, 0), LJUBLJANA).toInstant(), start(events.get(0)).toInstant());
        assertEquals(ZonedDateTime.of(secondDay.atTime(10, 0), LJUBLJANA).toInstant(), start(events.get(1)).toInstant());
        assertEquals("mailto:" + address, events.get(0).getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertTrue(events.get(0).getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("academy-registration-" + registrationId + "-session-"));

        MailRow sent = outbox.await(queued.dedupeKey(), row -> row.status().equals("SENT"), "sent", DELIVERY);
        assertNotNull(sent.sentAt());
        assertEquals(1, sent.attempts());
        assertNull(sent.lastError());
    }

    @Test
    void aRefusedOrRolledBackRegistrationQueuesNoMail() throws Exception {
        long trainingId = trainings.published("zavrnjeno", 10, 1);
        Caller.CentreRef centre = centres.create("refused");
        String seated = uniqueAddress("sedez");
        String refused = uniqueAddress("kvota");
        String rolledBack = uniqueAddress("preklic");
        long first = person(centre, "Ana", "Sedež", seated);
        long second = person(centre, "Ana", "Kvota", refused);
        long third = person(centre, "Ana", "Povrnjena", rolledBack);
        long otherTraining = trainings.published("povrnjeno", 10, null);

        assertEquals(List.of(Kind.CONFIRMED, Kind.QUOTA_REACHED),
                registrations.register(trainingId, List.of(first, second)).stream().map(RegistrationOutcome::kind).toList());
        assertThrows(EJBException.class, () -> transactions.registerThenFail(otherTraining, List.of(third)));

        assertEquals(1, outbox.toRecipient(seated).size());
        assertEquals(List.of(), outbox.toRecipient(refused), "a refused person gets no mail");
        assertEquals(List.of(), tables.registrations(otherTraining), "the registration was rolled back");
        assertEquals(List.of(), outbox.toRecipient(rolledBack), "and its mail with it");
        mailServer.await(seated, 1, DELIVERY);
        assertEquals(List.of(), mailServer.receivedBy(refused));
        assertEquals(List.of(), mailServer.receivedBy(rolledBack));
    }

    @Test
    void aPromotionFromTheWaitlistMailsThePromotedPersonOfAnotherCentreAndTheCancellationCancelsTheInvitation()
            throws Exception {
        long trainingId = trainings.published("napredovanje", 1, null);
        Caller.CentreRef celje = centres.create("cancels");
        Caller.CentreRef brezice = centres.create("waits");
        String leaving = uniqueAddress("odhaja");
        String waiting = uniqueAddress("caka");
        long leaver = person(celje, "Nina", "Odhaja", leaving);
        long waiter = person(brezice, "Tina", "Čaka", waiting);
        currentUser.signIn(centreAdmin(celje));
        registrations.register(trainingId, List.of(leaver));
        currentUser.signIn(centreAdmin(brezice));
        registrations.register(trainingId, List.of(waiter));
        MimeMessage waitlisted = mailServer.await(waiting, 1, DELIVERY).get(0);
        assertTrue(waitlisted.getSubject().startsWith("Čakalna vrsta"), waitlisted.getSubject());
        assertTrue(((String) waitlisted.getContent()).contains("na 1. mestu"), (String) waitlisted.getContent());

        currentUser.signIn(centreAdmin(celje));
        long seat = tables.live(trainingId).get(0).id();
        registrations.cancel(seat);

        long promotedId = tables.live(trainingId).get(0).id();
        assertEquals(waiter, tables.live(trainingId).get(0).personId());
        assertTrue(outbox.byKey(RegistrationMails.key(promotedId, PROMOTED)).isPresent());
        assertTrue(outbox.byKey(RegistrationMails.key(promotedId, WAITLISTED)).isPresent());
        MimeMessage promoted = mailServer.await(waiting, 2, DELIVERY).stream()
                .filter(mail -> subject(mail).startsWith("Sprostilo se je mesto")).findFirst()
                .orElseThrow(() -> new AssertionError("no promotion mail"));
        Calendar invitation = calendarOf(promoted);
        assertEquals("REQUEST", invitation.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(1, invitation.getComponents(Component.VEVENT).size());

        MimeMessage cancelled = mailServer.await(leaving, 2, DELIVERY).stream()
                .filter(mail -> subject(mail).startsWith("Prijava preklicana")).findFirst()
                .orElseThrow(() -> new AssertionError("no cancellation mail"));
        assertTrue(outbox.byKey(RegistrationMails.key(seat, CANCELLED)).isPresent());
        Calendar cancellation = calendarOf(cancelled);
        assertEquals("CANCEL", cancellation.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = cancellation.<VEvent>getComponents(Component.VEVENT).get(0);
        assertTrue(event.getProperty(Property.UID).orElseThrow().getValue().startsWith("academy-registration-" + seat + "-"),
                "the cancellation names the invitation's event");
    }

    @Test
    void aStaffRequestIsMailedToTheCentreAndTheDecisionToTheStaffMember() throws Exception {
        long trainingId = trainings.published("prosnja", 10, null);
        Caller.CentreRef centre = centres.create("request");
        String centreAddress = uniqueAddress("center");
        centres.setEmail(centre, centreAddress);
        String asking = uniqueAddress("prosi");
        person(centre, "Eva", "Prosi", asking);

        currentUser.signIn(centreStaff(centre, asking));
        long requestId = registrations.request(trainingId).getId();

        MimeMessage toCentre = mailServer.await(centreAddress, 1, DELIVERY).get(0);
        assertTrue(toCentre.getSubject().startsWith("Prošnja za prijavo: IT prosnja"), toCentre.getSubject());
        String text = (String) toCentre.getContent();
        assertTrue(text.contains("Eva Prosi iz vašega centra prosi"), text);
        assertTrue(text.contains("/academy/training?id=" + trainingId), "the mail links to the training's page: " + text);
        assertEquals(List.of(), mailServer.receivedBy(asking), "the request itself tells the asker nothing by mail");

        currentUser.signIn(centreAdmin(centre));
        registrations.decline(requestId);
        MimeMessage declined = mailServer.await(asking, 1, DELIVERY).get(0);
        assertTrue(declined.getSubject().startsWith("Prošnja ni odobrena"), declined.getSubject());
        assertTrue(outbox.byKey(RegistrationMails.key(requestId, DECLINED)).isPresent());
    }

    @Test
    void theReminderGoesOnceToEachConfirmedSeatInThePersonsLanguage() throws Exception {
        LocalDate deadline = LocalDate.now(LJUBLJANA).plusDays(300 + (int) (Math.random() * 60));
        long trainingId = trainings.published(deadline.getYear(), "opomnik", 1, null, deadline);
        LocalDate firstSession = tables.training(trainingId).deadline().plusDays(7);
        Caller.CentreRef centre = centres.create("reminder");
        String english = uniqueAddress("english");
        String waiting = uniqueAddress("waiting");
        currentUser.signIn(centreAdmin(centre));
        long seated = people.add(aPerson().named("John", "Seated").withEmail(english).inLanguage("en").build()).getId();
        long waiter = people.add(aPerson().named("Tina", "Čaka").withEmail(waiting).build()).getId();
        registrations.register(trainingId, List.of(seated, waiter));
        long seat = tables.live(trainingId).stream().filter(row -> row.personId() == seated).findFirst().orElseThrow().id();

        reminders.queueDue(firstSession.minusDays(3));
        assertTrue(outbox.byKey(RegistrationMails.key(seat, REMINDER)).isEmpty(), "three days before is too early");

        reminders.queueDue(firstSession.minusDays(2));
        reminders.queueDue(firstSession.minusDays(1));

        MailRow queued = outbox.byKey(RegistrationMails.key(seat, REMINDER)).orElseThrow(
                () -> new AssertionError("no reminder two days before"));
        assertEquals("en", queued.language());
        List<MimeMessage> received = mailServer.await(english, 2, DELIVERY);
        MimeMessage reminder = received.stream().filter(mail -> subject(mail).startsWith("Reminder: IT opomnik"))
                .findFirst().orElseThrow(() -> new AssertionError("no English reminder"));
        String text = (String) reminder.getContent();
        assertTrue(text.contains("Hello John Seated"), text);
        assertTrue(received.stream().anyMatch(mail -> subject(mail).startsWith("Registration confirmed")),
                "the confirmation was in English too");
        assertEquals(1, outbox.toRecipient(english).stream()
                .filter(row -> row.dedupeKey().endsWith(".reminder")).count(), "once, however often the job runs");
        assertTrue(outbox.toRecipient(waiting).stream().noneMatch(row -> row.dedupeKey().endsWith(".reminder")),
                "the waitlist gets no reminder");
    }

    @Test
    void callingATrainingOffTellsEveryoneStillRegisteredAndWithdrawsTheInvitations() throws Exception {
        long trainingId = trainings.published("odpoved", 1, null);
        Caller.CentreRef centre = centres.create("calloff");
        String seatedAddress = uniqueAddress("sedez");
        String waitingAddress = uniqueAddress("vrsta");
        long seated = person(centre, "Maja", "Sedež", seatedAddress);
        long waiter = person(centre, "Maja", "Vrsta", waitingAddress);
        registrations.register(trainingId, List.of(seated, waiter));
        mailServer.await(seatedAddress, 1, DELIVERY);
        mailServer.await(waitingAddress, 1, DELIVERY);

        currentUser.signIn(officeAdmin());
        catalogue.cancel(trainingId);

        MimeMessage toSeated = mailServer.await(seatedAddress, 2, DELIVERY).stream()
                .filter(mail -> subject(mail).startsWith("Usposabljanje odpovedano")).findFirst()
                .orElseThrow(() -> new AssertionError("the seated person was not told"));
        assertEquals("CANCEL", calendarOf(toSeated).getProperty(Property.METHOD).orElseThrow().getValue());
        MimeMessage toWaiting = mailServer.await(waitingAddress, 2, DELIVERY).stream()
                .filter(mail -> subject(mail).startsWith("Usposabljanje odpovedano")).findFirst()
                .orElseThrow(() -> new AssertionError("the waiting person was not told"));
        assertInstanceOf(String.class, toWaiting.getContent(), "no invitation to withdraw from the waitlist");
    }

    @Test
    void anSmtpOutageLeavesTheMailPendingWithItsAttemptsAndItIsDeliveredOnceTheServerIsBack() throws Exception {
        long trainingId = trainings.published("izpad", 10, null);
        Caller.CentreRef centre = centres.create("outage");
        String address = uniqueAddress("izpad");
        long person = person(centre, "Petra", "Izpad", address);
        mailServer.stop();
        try {
            assertEquals(Kind.CONFIRMED, registrations.register(trainingId, List.of(person)).get(0).kind(),
                    "the registration does not wait for the mail server");
            String key = RegistrationMails.key(tables.live(trainingId).get(0).id(), CONFIRMED);

            MailRow waiting = outbox.await(key, row -> row.attempts() >= 1, "attempted", DELIVERY);
            assertEquals("PENDING", waiting.status());
            assertNull(waiting.sentAt());
            assertNotNull(waiting.lastError());
            assertTrue(waiting.lastError().contains("onnect"), waiting.lastError());
            int attempts = waiting.attempts();

            mailServer.start();
            outbox.makeDue(waiting.id());
            mailServer.await(address, 1, DELIVERY);
            MailRow sent = outbox.await(key, row -> row.status().equals("SENT"), "sent", DELIVERY);
            assertEquals(attempts + 1, sent.attempts());
        } finally {
            mailServer.start();
        }
    }

    @Test
    void theSameMailIsNeverQueuedTwice() {
        String key = "it.mail." + UUID.randomUUID();
        ComposedMail mail = new ComposedMail(uniqueAddress("dvakrat"), Locale.forLanguageTag("sl"), "Zadeva", "Besedilo",
                null);

        assertEquals(List.of(true, false), transactions.queueTwice(key, mail));
        assertEquals(List.of(false, false), transactions.queueTwice(key, mail));
        assertEquals(1, outbox.toRecipient(mail.recipient()).size());
    }

    // ---------------------------------------------------------------- helpers

    private long person(Caller.CentreRef centre, String firstName, String lastName, String address)
            throws PortalException {
        currentUser.signIn(centreAdmin(centre));
        return people.add(aPerson().named(firstName, lastName).withEmail(address).build()).getId();
    }

    private void addSession(long trainingId, LocalDate date, LocalTime startsAt, LocalTime endsAt)
            throws PortalException {
        Caller before = currentUser.caller();
        currentUser.signIn(officeAdmin());
        try {
            catalogue.addSession(trainingId, date, startsAt, endsAt, null);
        } finally {
            currentUser.signIn(before);
        }
    }

    private static String uniqueAddress(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
    }

    private static ZonedDateTime start(VEvent event) {
        return ZonedDateTime.from(event.<Temporal>getStartDate().orElseThrow().getDate());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar calendarOf(MimeMessage mail) throws Exception {
        MimeMultipart parts = assertInstanceOf(MimeMultipart.class, mail.getContent());
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
                return new CalendarBuilder().build(new StringReader(text(parts.getBodyPart(i))));
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String text(BodyPart part) throws IOException, jakarta.mail.MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
