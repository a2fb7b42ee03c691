package si.mama.portal.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.paging.Sorting;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The office's view of the mail outbox: every mail the portal sent, is sending or gave up, and sending given-up mails
 * again. Office staff read it; only the office admin sends again. Network data: no centre filter applies.
 */
@Stateless
public class MailLog {

    private static final Logger LOG = Logger.getLogger(MailLog.class.getName());

    /** Ids grow with creation time: the newest first is the primary key backwards, with no sort of the table. */
    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "m.id",
            "recipient", "m.recipient",
            "subject", "m.subject",
            "status", "m.status",
            "sentAt", "m.sentAt");

    private static final String TEXT = "(:text is null or lower(m.recipient) like :text or lower(m.subject) like :text)";
    private static final String WHERE = " where (:status is null or m.status = :status) and " + TEXT;

    /** How many failed mails {@link #resendAllFailed} loads at a time. */
    private static final int RESEND_BATCH = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** One page of the outbox, the newest mail first unless another order is asked for. */
    public Page<OutboxMail> search(MailFilter filter, Sorting sorting, int first, int max) {
        currentUser.requireOffice();
        TypedQuery<OutboxMail> rows = em.createQuery("select m from OutboxMail m" + WHERE
                + " order by " + sorting.orderBy(SORTABLE, "createdAt", false) + ", m.id desc", OutboxMail.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMail m" + WHERE, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("status", filter.status()).setParameter("text", filter.textPattern());
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    /** How many mails of each status match {@code text} (in the recipient or subject; {@code null} for all mails). */
    public Map<MailStatus, Long> countsByStatus(String text) {
        currentUser.requireOffice();
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select m.status, count(m) from OutboxMail m where " + TEXT + " group by m.status", Object[].class)
                .setParameter("text", new MailFilter(null, text).textPattern())
                .getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Sends a given-up mail again, with a full new round of attempts (see {@link OutboxMail#retry}); the outbox's job
     * takes it on its next run. Refused when the mail is no longer failed (someone sent it again meanwhile).
     */
    public void resend(long id) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        // locked, so two people sending the same mail again wait for each other and the second is told
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new NotFoundException("Mail", id);
        }
        if (mail.getStatus() != MailStatus.FAILED) {
            throw new PortalException("mail.error.notFailed", null);
        }
        mail.retry(Instant.now());
        LOG.info(() -> "Mail " + id + " to " + mail.getRecipient() + " sent again by " + currentUser.getUsername());
    }

    /** Sends every given-up mail again (see {@link #resend}); returns how many. */
    public int resendAllFailed() {
        currentUser.require(Role.OFFICE_ADMIN);
        Instant now = Instant.now();
        int resent = 0;
        List<OutboxMail> batch;
        do {
            // a mail sent again is no longer failed, so each query finds the next ones
            batch = em.createQuery("select m from OutboxMail m where m.status = :failed order by m.id", OutboxMail.class)
                    .setParameter("failed", MailStatus.FAILED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setMaxResults(RESEND_BATCH)
                    .getResultList();
            batch.forEach(mail -> mail.retry(now));
            resent += batch.size();
            em.flush();
            em.clear();
        } while (batch.size() == RESEND_BATCH);
        int total = resent;
        LOG.info(() -> total + " failed mail(s) sent again by " + currentUser.getUsername());
        return total;
    }
}
