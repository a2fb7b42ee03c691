package si.mama.portal.centre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.people.entity.StaffListing;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.paging.Sorting;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The office's view across all member centres. Every method is for office roles only. */
@Stateless
public class CentreDirectory {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name",
            "municipality", "c.municipality",
            "region", "c.region",
            "membershipStatus", "c.membershipStatus");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Page<Centre> search(CentreFilter filter, Sorting sorting, int first, int max) {
        currentUser.requireOffice();
        String where = " where (:text is null or lower(c.name) like :text or lower(c.municipality) like :text)"
                + " and (:region is null or c.region = :region)"
                + " and (:status is null or c.membershipStatus = :status)";
        TypedQuery<Centre> rows = em.createQuery("select c from Centre c" + where
                + " order by " + sorting.orderBy(SORTABLE, "name") + ", c.id", Centre.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Centre c" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("text", filter.textPattern())
                    .setParameter("region", filter.region())
                    .setParameter("status", filter.status());
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    public Centre find(long id) {
        currentUser.requireOffice();
        Centre centre = em.find(Centre.class, id);
        if (centre == null) {
            throw new NotFoundException("Centre", id);
        }
        return centre;
    }

    /** The staff of one centre, active first, for the office's centre page. */
    public List<StaffListing> staffOf(long centreId) {
        currentUser.requireOffice();
        return em.createQuery("select s from StaffListing s where s.centreId = :centre"
                        + " order by s.active desc, s.lastName, s.firstName", StaffListing.class)
                .setParameter("centre", centreId)
                .getResultList();
    }

    /** Member centres per statistical region, for the office home. */
    public Map<Region, Long> membersByRegion() {
        currentUser.requireOffice();
        Map<Region, Long> counts = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            counts.put(region, 0L);
        }
        em.createQuery("select c.region, count(c) from Centre c where c.membershipStatus = :member group by c.region",
                        Object[].class)
                .setParameter("member", MembershipStatus.MEMBER)
                .getResultList()
                .forEach(row -> counts.put((Region) row[0], (Long) row[1]));
        return counts;
    }
}
