package si.mama.portal.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * The one way the portal sends mail: a feature queues a mail in the transaction of the change it tells about, so
 * the mail is stored exactly when the change is (a rolled-back change leaves no mail), and {@link OutboxSender}
 * sends it later. Queuing never talks to the SMTP server, so a server that is down never blocks or loses a change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Queues a mail unless one with the same {@code dedupeKey} (what the mail is about, e.g.
     * {@code academy.registration.42.confirmed}) was queued before; returns whether it was queued now.
     */
    public boolean queue(String dedupeKey, ComposedMail mail) {
        if (isQueued(dedupeKey)) {
            LOG.fine(() -> "Mail " + dedupeKey + " was queued before: not again");
            return false;
        }
        em.persist(new OutboxMail(dedupeKey, mail.recipient(), mail.language().toLanguageTag(), mail.subject(),
                mail.text(), mail.calendar(), Instant.now()));
        return true;
    }

    /** Whether a mail about {@code dedupeKey} was ever queued (whatever became of it). */
    public boolean isQueued(String dedupeKey) {
        return em.createNamedQuery("OutboxMail.countByKey", Long.class).setParameter("key", dedupeKey)
                .getSingleResult() > 0;
    }
}
