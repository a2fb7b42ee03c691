package si.mama.portal.centre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.control.MembershipLog;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.RecordSnapshot;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Membership fees (članarina): the office admin sets a year's fee for every member centre in one step and marks
 * payments; office staff read a year's list with its totals. Each fee set or paid is kept in the centre's history.
 */
@Stateless
public class MembershipFees {

    static final String FEE = RecordSnapshot.FIELD + "fee";
    static final String PAID = RecordSnapshot.FIELD + "feePaid";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    MembershipLog log;

    public FeeYear ofYear(int year, boolean unpaidOnly) {
        currentUser.requireOffice();
        List<MembershipFee> fees = em.createNamedQuery("MembershipFee.ofYear", MembershipFee.class)
                .setParameter("year", year).getResultList();
        return FeeYear.of(year, fees, unpaidOnly);
    }

    public List<MembershipFee> ofCentre(long centreId) {
        currentUser.requireOffice();
        Centre centre = em.find(Centre.class, centreId);
        if (centre == null) {
            throw new NotFoundException("Centre", centreId);
        }
        return em.createNamedQuery("MembershipFee.ofCentre", MembershipFee.class).setParameter("centre", centre)
                .getResultList();
    }

    /**
     * Sets the year's fee for every member centre that has none for that year yet (centres that have one keep it);
     * returns how many fees were set.
     */
    public int setForYear(int year, BigDecimal amount, LocalDate dueOn) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Set<Long> existing = new HashSet<>(em.createQuery("select f.centre.id from MembershipFee f where f.year = :year",
                Long.class).setParameter("year", year).getResultList());
        List<Centre> members = em.createQuery("select c from Centre c where c.membershipStatus = :member order by c.name",
                Centre.class).setParameter("member", MembershipStatus.MEMBER).getResultList();
        int set = 0;
        for (Centre centre : members) {
            if (existing.contains(centre.getId())) {
                continue;
            }
            MembershipFee fee = MembershipLog.guard(() -> new MembershipFee(centre, year, amount, dueOn));
            em.persist(fee);
            log.keep(centre.getId(), new RecordSnapshot.FieldChange(FEE, String.valueOf(year), null, fee.describeDue()));
            set++;
        }
        return set;
    }

    /** Marks a fee paid (or corrects its payment): the day and the amount that came in. */
    public MembershipFee pay(long feeId, LocalDate paidOn, BigDecimal amount) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        MembershipFee fee = em.find(MembershipFee.class, feeId, LockModeType.PESSIMISTIC_WRITE);
        if (fee == null) {
            throw new NotFoundException("Fee", feeId);
        }
        String before = fee.describePayment();
        MembershipLog.guard(() -> {
            fee.pay(paidOn, amount, PortalClock.today());
            return fee;
        });
        log.keep(fee.getCentre().getId(), new RecordSnapshot.FieldChange(PAID, String.valueOf(fee.getYear()), before,
                fee.describePayment()));
        return fee;
    }
}
