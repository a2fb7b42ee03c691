package si.mama.portal.academy.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The waitlist of a training is one queue across all centres, so moving it is a network-level write that
 * the tenant filter would hide: promoting the first in line may confirm another centre's registration.
 * This control does exactly that and nothing else, with plain SQL (EclipseLink refuses native SQL in a
 * multitenant unit unless told), and only ever inside the caller's transaction, under the training's row lock.
 * It reads no personal data.
 */
@Dependent
public class Waitlist {

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Confirms whoever is first on the waitlist and moves everyone else up; returns the promoted registration. */
    public Optional<Long> promoteFirst(long trainingId) {
        List<?> first = em.createNativeQuery("select id from registration where training_id = ? and status = 'WAITLISTED'"
                        + " and waitlist_position = 1")
                .setParameter(1, trainingId)
                .setHint(ALLOW_NATIVE, true)
                .getResultList();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        long promoted = ((Number) first.get(0)).longValue();
        em.createNativeQuery("update registration set status = 'CONFIRMED', waitlist_position = null, version = version + 1"
                        + " where id = ?")
                .setParameter(1, promoted)
                .setHint(ALLOW_NATIVE, true)
                .executeUpdate();
        closeGap(trainingId, 1);
        return Optional.of(promoted);
    }

    /** Moves everyone behind {@code leftPosition} up one place, front first, so positions stay 1..n and unique. */
    public void closeGap(long trainingId, int leftPosition) {
        em.createNativeQuery("update registration set waitlist_position = waitlist_position - 1, version = version + 1"
                        + " where training_id = ? and status = 'WAITLISTED' and waitlist_position > ?"
                        + " order by waitlist_position")
                .setParameter(1, trainingId)
                .setParameter(2, leftPosition)
                .setHint(ALLOW_NATIVE, true)
                .executeUpdate();
    }
}
