package si.mama.portal.platform.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static OutboxMail aMail() {
        return new OutboxMail("academy.registration.1.confirmed", "ana@example.org", "sl", "Potrditev", "Pozdravljeni",
                null, NOW);
    }

    /** A mail given up after {@value OutboxMail#MAX_ATTEMPTS} failed attempts, the last with {@code error}. */
    private static OutboxMail givenUp(String error) {
        OutboxMail mail = aMail();
        for (int attempt = 0; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            mail.failed(attempt == OutboxMail.MAX_ATTEMPTS - 1 ? error : "Connection refused", NOW);
        }
        assertEquals(MailStatus.FAILED, mail.getStatus());
        return mail;
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutboxMail mail = aMail();
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertTrue(mail.isDue(NOW));
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void aClaimedMailIsNotDueForAnotherSenderUntilTheLeaseEnds() {
        OutboxMail mail = aMail();
        assertTrue(mail.claim(NOW, LEASE));
        assertFalse(mail.claim(NOW.plusSeconds(10), LEASE));
        assertTrue(mail.isDue(NOW.plus(LEASE)));
    }

    @Test
    void sendingMarksItSentWithTheTimeAndCountsTheAttempt() {
        OutboxMail mail = aMail();
        mail.claim(NOW, LEASE);
        mail.sent(NOW.plusSeconds(1));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(NOW.plusSeconds(1), mail.getSentAt());
        assertEquals(1, mail.getAttempts());
        assertFalse(mail.isDue(NOW.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> mail.failed("late", NOW));
    }

    @Test
    void failedAttemptsBackOffExponentiallyAndGiveUpAfterEight() {
        OutboxMail mail = aMail();
        Instant now = NOW;
        for (int attempt = 1; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            assertTrue(mail.claim(now, LEASE));
            mail.failed("Connection refused", now);
            assertEquals(MailStatus.PENDING, mail.getStatus());
            assertEquals(attempt, mail.getAttempts());
            assertEquals(now.plus(OutboxMail.backOff(attempt)), mail.getNextAttemptAt());
            now = mail.getNextAttemptAt();
        }
        mail.claim(now, LEASE);
        mail.failed("Connection refused", now);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(OutboxMail.MAX_ATTEMPTS, mail.getAttempts());
        assertEquals("Connection refused", mail.getLastError());
        assertNull(mail.getSentAt());
        assertFalse(mail.isDue(now.plus(Duration.ofDays(1))));
    }

    @Test
    void backOffDoublesFromThirtySecondsUpToTwoHours() {
        assertEquals(Duration.ofSeconds(30), OutboxMail.backOff(1));
        assertEquals(Duration.ofMinutes(1), OutboxMail.backOff(2));
        assertEquals(Duration.ofMinutes(2), OutboxMail.backOff(3));
        assertEquals(Duration.ofMinutes(64), OutboxMail.backOff(8));
        assertEquals(Duration.ofHours(2), OutboxMail.backOff(9));
        assertEquals(Duration.ofHours(2), OutboxMail.backOff(60));
    }

    @Test
    void aLongErrorIsCutToTheColumn() {
        OutboxMail mail = aMail();
        mail.failed("x".repeat(5000), NOW);
        assertNotNull(mail.getLastError());
        assertEquals(OutboxMail.ERROR_MAX, mail.getLastError().length());
    }

    @Test
    void aFailedMailSentAgainIsDueAtOnceWithAFullNewRoundOfAttempts() {
        OutboxMail mail = givenUp("550 Mailbox unavailable");
        Instant later = NOW.plus(Duration.ofDays(2));

        mail.retry(later);

        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertTrue(mail.isDue(later));
        assertFalse(mail.isDue(later.minusSeconds(1)), "due from the moment it is sent again, not before");
        assertEquals("550 Mailbox unavailable", mail.getLastError(), "the reason stays until the next attempt");
        for (int attempt = 1; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            mail.failed("Connection refused", later);
            assertEquals(MailStatus.PENDING, mail.getStatus(), "attempt " + attempt + " of a new round");
        }
        mail.failed("Connection refused", later);
        assertEquals(MailStatus.FAILED, mail.getStatus(), "given up again after a full round");
    }

    @Test
    void aFailedMailSentAgainIsDeliveredLikeANewOne() {
        OutboxMail mail = givenUp("Connection refused");
        mail.retry(NOW.plusSeconds(60));
        assertTrue(mail.claim(NOW.plusSeconds(60), LEASE));
        mail.sent(NOW.plusSeconds(61));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(1, mail.getAttempts());
        assertNull(mail.getLastError(), "the next attempt replaces the old error");
    }

    @Test
    void onlyAFailedMailCanBeSentAgain() {
        OutboxMail pending = aMail();
        assertThrows(IllegalStateException.class, () -> pending.retry(NOW));
        assertEquals(MailStatus.PENDING, pending.getStatus());

        OutboxMail pendingAfterAFailure = aMail();
        pendingAfterAFailure.failed("Connection refused", NOW);
        assertThrows(IllegalStateException.class, () -> pendingAfterAFailure.retry(NOW));
        assertEquals(1, pendingAfterAFailure.getAttempts(), "a mail still being retried keeps its count");

        OutboxMail sent = aMail();
        sent.sent(NOW);
        assertThrows(IllegalStateException.class, () -> sent.retry(NOW));
        assertEquals(MailStatus.SENT, sent.getStatus());
    }

    @Test
    void aMailSentAgainThatIsGivenUpAgainCanBeSentOnceMore() {
        OutboxMail mail = givenUp("Connection refused");
        mail.retry(NOW);
        for (int attempt = 0; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            mail.failed("Connection refused", NOW);
        }
        assertEquals(MailStatus.FAILED, mail.getStatus());
        mail.retry(NOW);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertThrows(IllegalStateException.class, () -> mail.retry(NOW), "once pending, not again");
    }

    @Test
    void aMailNeedsARecipientSubjectAndText() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", " ", "sl", "s", "t", null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", "a@b.si", "sl", null, "t", null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", "a@b.si", "sl", "s", "", null, NOW));
    }
}
