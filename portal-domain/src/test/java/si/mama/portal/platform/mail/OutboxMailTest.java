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
    void aMailNeedsARecipientSubjectAndText() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", " ", "sl", "s", "t", null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", "a@b.si", "sl", null, "t", null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", "a@b.si", "sl", "s", "", null, NOW));
    }
}
