package si.mama.portal.centre.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.MembershipRuleViolation;
import si.mama.portal.centre.entity.RecordSnapshot;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a membership record changes: a snapshot before, the change, a snapshot after, and every changed field
 * kept in {@code centre_change} with the caller and the time, in the boundary's transaction. Boundaries check who may
 * change what before they call it.
 */
@ApplicationScoped
public class MembershipLog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Applies {@code change} to the centre's record and keeps what changed; a broken rule changes nothing. */
    public <T> T change(Centre centre, Function<Centre, T> change) throws PortalException {
        RecordSnapshot before = RecordSnapshot.of(centre);
        T result;
        try {
            result = change.apply(centre);
        } catch (MembershipRuleViolation violation) {
            throw refusal(violation);
        }
        em.flush(); // new contacts get their ids, which the snapshot keys them by
        before.changesTo(RecordSnapshot.of(centre)).forEach(fieldChange -> keep(centre.getId(), fieldChange));
        return result;
    }

    /** Keeps one change that is not a field of the centre itself (a fee, an admission). */
    public void keep(long centreId, RecordSnapshot.FieldChange change) {
        em.persist(new CentreChange(centreId, change, currentUser.getUsername(), currentUser.getDisplayName(),
                Instant.now()));
    }

    /** The centre's changes, newest first. */
    public Page<CentreChange> of(long centreId, int first, int max) {
        List<CentreChange> rows = em.createQuery("select c from CentreChange c where c.centreId = :centre"
                        + " order by c.changedAt desc, c.id desc", CentreChange.class)
                .setParameter("centre", centreId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("select count(c) from CentreChange c where c.centreId = :centre", Long.class)
                .setParameter("centre", centreId).getSingleResult();
        return new Page<>(rows, total);
    }

    /** A record's refusal as the user's message, next to its field when it names one. */
    public static PortalException refusal(MembershipRuleViolation violation) {
        return new PortalException(violation.messageKey(), violation.field(), violation.arguments());
    }

    /** Runs a change that may break a record's rule, turning the refusal into the user's message. */
    public static <T> T guard(Supplier<T> change) throws PortalException {
        try {
            return change.get();
        } catch (MembershipRuleViolation violation) {
            throw refusal(violation);
        }
    }
}
