package si.mama.portal.stewardship.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The share of member centres the office met in a year (a meeting held that year), against the target of half of
 * them: overall, by region and by steward, for the office's dashboard and as the plan's measure
 * {@code stewardship.coverage}. Members are today's member centres.
 */
@Stateless
public class Coverage {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public CoverageReport of(int year) {
        currentUser.requireOffice();
        return compute(year);
    }

    private CoverageReport compute(int year) {
        List<Centre> members = em.createQuery("select c from Centre c where c.membershipStatus = :member", Centre.class)
                .setParameter("member", MembershipStatus.MEMBER).getResultList();
        Set<Long> met = new HashSet<>();
        for (Object id : em.createNativeQuery("select distinct centre_id from meeting where status = 'HELD'"
                        + " and held_on between ? and ?")
                .setParameter(1, java.time.LocalDate.of(year, 1, 1)).setParameter(2, java.time.LocalDate.of(year, 12, 31))
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList()) {
            met.add(((Number) id).longValue());
        }
        Map<String, int[]> byRegion = new TreeMap<>();
        Map<String, int[]> bySteward = new TreeMap<>();
        Map<String, String> regionLabels = new TreeMap<>();
        int metMembers = 0;
        for (Centre centre : members) {
            boolean wasMet = met.contains(centre.getId());
            metMembers += wasMet ? 1 : 0;
            String region = centre.getRegion().name();
            regionLabels.put(region, centre.getRegion().bundleKey());
            count(byRegion, region, wasMet);
            count(bySteward, centre.getStewardName() == null ? "" : centre.getStewardName(), wasMet);
        }
        return new CoverageReport(year, members.size(), metMembers,
                byRegion.entrySet().stream().map(e -> new CoverageReport.Line(e.getKey(), regionLabels.get(e.getKey()),
                        e.getValue()[0], e.getValue()[1])).toList(),
                bySteward.entrySet().stream().map(e -> new CoverageReport.Line(e.getKey(), e.getKey(),
                        e.getValue()[0], e.getValue()[1])).toList());
    }

    private static void count(Map<String, int[]> lines, String key, boolean met) {
        int[] line = lines.computeIfAbsent(key, k -> new int[2]);
        line[0]++;
        line[1] += met ? 1 : 0;
    }

    /** The share (0–100) of member centres met in a year: an aggregate only, for the plan's progress. */
    public BigDecimal percentOf(int year) {
        return compute(year).getPercent();
    }
}
