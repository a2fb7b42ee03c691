package si.mama.portal.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.plan.boundary.Measure;

import java.math.BigDecimal;

/**
 * {@code people.activeStaff}: active staff across all centres today. Reads the office read model; it
 * returns one number and nothing about any person, so it needs no role.
 */
@ApplicationScoped
public class ActiveStaffMeasure implements Measure {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "people.activeStaff";
    }

    @Override
    public BigDecimal valueFor(int year) {
        Long active = em.createQuery("select count(s) from StaffListing s where s.active = true", Long.class)
                .getSingleResult();
        return BigDecimal.valueOf(active);
    }
}
