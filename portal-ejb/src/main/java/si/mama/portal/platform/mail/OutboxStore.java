package si.mama.portal.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sending job's short transactions on the outbox, each its own: find what is due, claim one mail, record how its
 * attempt went. No transaction is open while the SMTP server is being talked to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claimed mail is held for its attempt before another run may try it again. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The mail as it is sent: a copy, so the sender holds no entity and no transaction. */
    public record Claimed(long id, String recipient, String language, String subject, String text, String calendar) {
    }

    /** The ids of pending mails that are due, the longest waiting first. */
    public List<Long> due(Instant now, int limit) {
        // native SQL: the persistence unit has multitenant entities, so EclipseLink wants the hint
        List<?> ids = em.createNativeQuery("select id from outbox_mail where status = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at, id limit ?")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .setHint(ALLOW_NATIVE, true)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Takes a due mail for one attempt (see {@link OutboxMail#claim}); empty when another run took it first. */
    public Optional<Claimed> claim(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.claim(now, LEASE)) {
            return Optional.empty();
        }
        return Optional.of(new Claimed(id, mail.getRecipient(), mail.getLanguage(), mail.getSubject(), mail.getText(),
                mail.getCalendar()));
    }

    public void sent(long id, Instant now) {
        em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE).sent(now);
    }

    public void failed(long id, String error, Instant now) {
        em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE).failed(error, now);
    }
}
