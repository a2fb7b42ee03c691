package si.mama.portal.platform.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.platform.mail.OutboxMail;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts mails into the outbox in the state a test needs, through the entity's own rules: given up after every attempt
 * failed, sent, or pending but not due for a day (so the outbox's job leaves it alone). Returns the mail's id.
 */
@Stateless
public class TestMails {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A mail the outbox gave up on: {@link OutboxMail#MAX_ATTEMPTS} failed attempts, the last with {@code error}. */
    public long failed(String recipient, String subject, String error) {
        OutboxMail mail = aMail(recipient, subject);
        for (int attempt = 0; attempt < OutboxMail.MAX_ATTEMPTS; attempt++) {
            mail.failed(error, Instant.now());
        }
        return persist(mail);
    }

    public long sent(String recipient, String subject) {
        OutboxMail mail = aMail(recipient, subject);
        mail.claim(Instant.now(), Duration.ofMinutes(5));
        mail.sent(Instant.now());
        return persist(mail);
    }

    /** A pending mail whose next attempt is a day away. */
    public long waiting(String recipient, String subject) {
        OutboxMail mail = aMail(recipient, subject);
        mail.claim(Instant.now(), Duration.ofDays(1));
        return persist(mail);
    }

    private static OutboxMail aMail(String recipient, String subject) {
        return new OutboxMail("it.mail-log." + UUID.randomUUID(), recipient, "sl", subject,
                "Pozdravljeni,\n\nto je sporočilo testa.\n", null, Instant.now());
    }

    private long persist(OutboxMail mail) {
        em.persist(mail);
        em.flush();
        return mail.getId();
    }
}
