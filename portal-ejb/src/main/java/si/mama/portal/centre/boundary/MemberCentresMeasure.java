package si.mama.portal.centre.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.plan.boundary.Measure;

import java.math.BigDecimal;

/** {@code centre.members}: how many centres are members of the network today. */
@ApplicationScoped
public class MemberCentresMeasure implements Measure {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "centre.members";
    }

    @Override
    public BigDecimal valueFor(int year) {
        Long members = em.createQuery("select count(c) from Centre c where c.membershipStatus = :member", Long.class)
                .setParameter("member", MembershipStatus.MEMBER)
                .getSingleResult();
        return BigDecimal.valueOf(members);
    }
}
