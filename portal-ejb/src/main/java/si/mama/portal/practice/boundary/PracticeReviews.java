package si.mama.portal.practice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.practice.entity.PracticeListing;
import si.mama.portal.practice.entity.PracticeReview;
import si.mama.portal.practice.entity.PracticeRuleViolation;
import si.mama.portal.practice.entity.PracticeStatus;
import si.mama.portal.practice.mail.PracticeMails;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The office's review of submitted practices: office staff read them all (never a draft); the office admin
 * publishes, asks for changes, withdraws and decides what the public sees. Each decision locks the practice's row
 * and is refused if the practice changed since the page showed it; the centre is told by mail when its practice is
 * published or sent back.
 */
@Stateless
public class PracticeReviews {

    private static final List<PracticeStatus> ORDER = List.of(PracticeStatus.SUBMITTED, PracticeStatus.CHANGES_REQUESTED,
            PracticeStatus.PUBLISHED, PracticeStatus.WITHDRAWN);

    /** Waiting for the office first (the longest waiting on top), then sent back, published, withdrawn. */
    private static final Comparator<PracticeListing> QUEUE = Comparator
            .comparingInt((PracticeListing p) -> ORDER.indexOf(p.getStatus()))
            .thenComparing(p -> p.getStatus() == PracticeStatus.SUBMITTED ? p.getSubmittedAt() : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PracticeListing::getUpdatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PracticeListing::getId);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeMails mails;

    /** Every practice a centre submitted, in the order the office works through them; {@code status} narrows it. */
    public List<PracticeListing> queue(PracticeStatus status) {
        currentUser.requireOffice();
        return em.createQuery("select p from PracticeListing p where p.status <> :draft"
                        + " and (:status is null or p.status = :status)", PracticeListing.class)
                .setParameter("draft", PracticeStatus.DRAFT)
                .setParameter("status", status)
                .getResultStream().sorted(QUEUE).toList();
    }

    /** How many practices wait for the office's review. */
    public long waiting() {
        currentUser.requireOffice();
        return em.createQuery("select count(p) from PracticeListing p where p.status = :submitted", Long.class)
                .setParameter("submitted", PracticeStatus.SUBMITTED).getSingleResult();
    }

    public void publish(long id, long version, boolean shownPublicly) throws PortalException {
        PracticeReview review = locked(id, version);
        PortalException.guard(() -> review.publish(shownPublicly, currentUser.getUsername(), Instant.now()));
        em.flush();
        mails.published(review);
    }

    public void requestChanges(long id, long version, String note) throws PortalException {
        PracticeReview review = locked(id, version);
        try {
            review.requestChanges(note, currentUser.getUsername(), Instant.now());
        } catch (PracticeRuleViolation violation) {
            // a missing or too long note belongs next to the note's field
            throw new PortalException(violation.messageKey(), violation.rule().startsWith("note") ? "note" : null,
                    violation.arguments());
        }
        em.flush();
        mails.changesRequested(review);
    }

    public void withdraw(long id, long version) throws PortalException {
        PracticeReview review = locked(id, version);
        PortalException.guard(() -> review.withdraw(currentUser.getUsername(), Instant.now()));
        em.flush();
    }

    public void showPublicly(long id, long version, boolean shown) throws PortalException {
        PracticeReview review = locked(id, version);
        PortalException.guard(() -> review.showPublicly(shown, currentUser.getUsername(), Instant.now()));
        em.flush();
    }

    /** The practice's review, locked for this decision; a draft is not the office's to see, so it is "not found". */
    private PracticeReview locked(long id, long version) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        PracticeReview review = em.find(PracticeReview.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || !review.getStatus().isSubmitted()) {
            throw new NotFoundException("Practice", id);
        }
        if (review.getVersion() != version) {
            throw new PortalException("practice.error.changedMeanwhile", null, review.getTitle());
        }
        return review;
    }
}
