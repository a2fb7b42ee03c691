package si.mama.portal.platform.mail;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.paging.Sorting;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.MailTables;
import si.mama.portal.platform.testing.MailTables.MailRow;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestMailServer;
import si.mama.portal.platform.testing.TestMails;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.platform.mail.MailStatus.FAILED;
import static si.mama.portal.platform.mail.MailStatus.PENDING;
import static si.mama.portal.platform.mail.MailStatus.SENT;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeAdmin;
import static si.mama.portal.platform.testing.Callers.officeSteward;
import static si.mama.portal.platform.testing.Callers.unlinkedCentreAdmin;

/**
 * The office's mail log in Payara Micro against a real MariaDB and a real SMTP server (GreenMail inside the same
 * Payara, as in {@code AcademyMailIT}). The outbox's job runs every second here. The database is shared with other
 * test classes, so each test finds its own mails by a unique tag in their addresses and subjects.
 */
@ExtendWith(ArquillianExtension.class)
public class MailLogIT {

    /** Sending all failed mails again may release other classes' given-up mails first: they are delivered too. */
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String DOMAIN = "mail-log-it.example.org";
    private static final Sorting NEWEST_FIRST = Sorting.by(null, true);

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(MailLogIT.class, TestMails.class, TestMailServer.class, MailTables.class)
                .addAsLibraries(TestDeployment.testLibraries());
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    MailLog log;

    @Inject
    TestMails mails;

    @Inject
    MailTables outbox;

    @Inject
    TestMailServer mailServer;

    @Inject
    TestCentres centres;

    @BeforeEach
    void mailServerUp() {
        mailServer.start();
    }

    @Test
    void theOfficeSeesTheOutboxNewestFirstNarrowedByStatusAndTextWithCountsPerStatus() {
        String tag = tag();
        long failed = mails.failed(address("ana", tag), "Prijava " + tag, "550 Mailbox unavailable");
        long sent = mails.sent(address("bor", tag), "Potrditev " + tag);
        long waiting = mails.waiting(address("cene", tag), "Čakalna vrsta " + tag);
        mails.failed(address("dana", tag()), "Drugo sporočilo", "550 Mailbox unavailable");
        currentUser.signIn(officeSteward());

        Page<OutboxMail> page = log.search(new MailFilter(null, tag), NEWEST_FIRST, 0, 10);
        assertEquals(3, page.total());
        assertEquals(List.of(waiting, sent, failed), ids(page), "the newest first");
        OutboxMail givenUp = page.rows().get(2);
        assertEquals(FAILED, givenUp.getStatus());
        assertEquals(OutboxMail.MAX_ATTEMPTS, givenUp.getAttempts());
        assertEquals("550 Mailbox unavailable", givenUp.getLastError());
        assertTrue(givenUp.getText().contains("sporočilo testa"), "the page can show the mail's text");
        assertNotNull(page.rows().get(1).getSentAt());

        assertAll(
                () -> assertEquals(List.of(failed), ids(log.search(new MailFilter(FAILED, tag), NEWEST_FIRST, 0, 10))),
                () -> assertEquals(List.of(sent), ids(log.search(new MailFilter(SENT, tag), NEWEST_FIRST, 0, 10))),
                () -> assertEquals(List.of(waiting), ids(log.search(new MailFilter(PENDING, tag), NEWEST_FIRST, 0, 10))),
                () -> assertEquals(List.of(sent), ids(log.search(new MailFilter(null, "BOR." + tag), NEWEST_FIRST, 0, 10)),
                        "the recipient, whatever the case"),
                () -> assertEquals(List.of(waiting), ids(log.search(new MailFilter(null, "čakalna vrsta " + tag),
                        NEWEST_FIRST, 0, 10)), "the subject"),
                () -> assertEquals(List.of(), ids(log.search(new MailFilter(SENT, "Prijava " + tag), NEWEST_FIRST, 0, 10)),
                        "status and text together"));

        Page<OutboxMail> second = log.search(new MailFilter(null, tag), NEWEST_FIRST, 1, 1);
        assertEquals(3, second.total(), "a page knows the whole list's size");
        assertEquals(List.of(sent), ids(second));
        assertEquals(List.of(failed, sent, waiting),
                ids(log.search(new MailFilter(null, tag), Sorting.by("recipient", true), 0, 10)));
        assertEquals(List.of(waiting, sent, failed),
                ids(log.search(new MailFilter(null, tag), Sorting.by("recipient; drop table outbox_mail", true), 0, 10)),
                "an unknown sort field keeps the newest first");

        assertEquals(Map.of(PENDING, 1L, SENT, 1L, FAILED, 1L), log.countsByStatus(tag));
        assertEquals(Map.of(PENDING, 0L, SENT, 0L, FAILED, 0L), log.countsByStatus("no such mail " + tag));
        assertTrue(log.countsByStatus(null).get(FAILED) >= 2, "without a text, all mails are counted");
    }

    @Test
    void centreUsersSeeNoMailAndSendNothingAgain() {
        Caller.CentreRef centre = centres.create("mail-log");
        long failed = mails.failed(address("eva", tag()), "Prijava", "550 Mailbox unavailable");

        for (Caller caller : List.of(centreAdmin(centre), centreStaff(centre), unlinkedCentreAdmin())) {
            currentUser.signIn(caller);
            assertAll(caller.username(),
                    () -> assertThrows(AccessDeniedException.class, () -> log.search(MailFilter.all(), NEWEST_FIRST, 0, 10)),
                    () -> assertThrows(AccessDeniedException.class, () -> log.countsByStatus(null)),
                    () -> assertThrows(AccessDeniedException.class, () -> log.resend(failed)),
                    () -> assertThrows(AccessDeniedException.class, () -> log.resendAllFailed()));
        }
        assertEquals("FAILED", row(failed).status());
    }

    @Test
    void officeStaffReadTheOutboxButOnlyTheOfficeAdminSendsAMailAgain() {
        String tag = tag();
        long failed = mails.failed(address("fran", tag), "Prijava " + tag, "550 Mailbox unavailable");
        currentUser.signIn(officeSteward());

        assertEquals(List.of(failed), ids(log.search(new MailFilter(FAILED, tag), NEWEST_FIRST, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> log.resend(failed));
        assertThrows(AccessDeniedException.class, () -> log.resendAllFailed());

        MailRow row = row(failed);
        assertEquals("FAILED", row.status());
        assertEquals(OutboxMail.MAX_ATTEMPTS, row.attempts());
    }

    @Test
    void aFailedMailSentAgainIsPendingWithANewRoundOfAttemptsAndTheOutboxDeliversIt() throws Exception {
        String address = address("gaja", tag());
        long failed = mails.failed(address, "Prijava potrjena", "550 Mailbox unavailable");
        currentUser.signIn(officeAdmin());
        mailServer.stop(); // nothing is delivered before the test has looked at the pending mail
        try {
            log.resend(failed);

            MailRow pending = row(failed);
            assertEquals("PENDING", pending.status());
            assertTrue(pending.attempts() <= 1, "a new round of attempts, not the ninth: " + pending.attempts());
            assertNotNull(pending.lastError());
            PortalException again = assertThrows(PortalException.class, () -> log.resend(failed),
                    "a mail that is pending again is not sent again twice");
            assertEquals("mail.error.notFailed", again.messageKey());

            mailServer.start();
            outbox.makeDue(failed);
            MimeMessage received = mailServer.await(address, 1, DELIVERY).get(0);
            assertEquals("Prijava potrjena", received.getSubject());
            MailRow sent = outbox.await(pending.dedupeKey(), row -> row.status().equals("SENT"), "sent", DELIVERY);
            assertNotNull(sent.sentAt());
            assertNull(sent.lastError(), "the delivery clears the old error");
            assertEquals(pending.attempts() + 1, sent.attempts());
        } finally {
            mailServer.start();
        }
        assertThrows(PortalException.class, () -> log.resend(failed), "a sent mail is not sent again");
        assertThrows(NotFoundException.class, () -> log.resend(Long.MAX_VALUE));
    }

    @Test
    void sendingAllFailedMailsAgainDeliversEachOfThem() throws Exception {
        String tag = tag();
        String first = address("hana", tag);
        String second = address("iva", tag);
        long one = mails.failed(first, "Prijava " + tag, "550 Mailbox unavailable");
        long other = mails.failed(second, "Čakalna vrsta " + tag, "Connection refused");
        currentUser.signIn(officeAdmin());

        int resent = log.resendAllFailed();

        assertTrue(resent >= 2, "at least this test's two mails: " + resent);
        assertEquals(0L, log.countsByStatus(tag).get(FAILED));
        assertEquals(0L, log.countsByStatus(null).get(FAILED), "no mail is left failed");
        mailServer.await(first, 1, DELIVERY);
        mailServer.await(second, 1, DELIVERY);
        for (long id : List.of(one, other)) {
            MailRow sent = outbox.await(row(id).dedupeKey(), row -> row.status().equals("SENT"), "sent", DELIVERY);
            assertEquals(1, sent.attempts(), "delivered at the first attempt of the new round");
        }
    }

    // ---------------------------------------------------------------- helpers

    private MailRow row(long id) {
        return outbox.byId(id).orElseThrow(() -> new AssertionError("no outbox row " + id));
    }

    private static List<Long> ids(Page<OutboxMail> page) {
        return page.rows().stream().map(OutboxMail::getId).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String address(String name, String tag) {
        return name + "." + tag + "@" + DOMAIN;
    }
}
