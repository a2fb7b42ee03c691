package si.mama.portal.stewardship.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.stewardship.entity.MeetingProposal;
import si.mama.portal.stewardship.entity.MeetingStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The proposals of a year's meetings, for the analysis that feeds next year's plan: the office reads them by plan
 * area and marks the ones it takes into the draft plan.
 */
@Stateless
public class Proposals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The proposals of the meetings held in {@code year}, by area key (no area last), then by centre. */
    public List<MeetingProposal> ofYear(int year) {
        currentUser.requireOffice();
        return em.createQuery("select p from MeetingProposal p join fetch p.meeting m join fetch m.centre c"
                        + " where m.status = :held and m.heldOn between :from and :to"
                        + " order by case when p.areaKey is null then 1 else 0 end, p.areaKey, c.name, p.position",
                        MeetingProposal.class)
                .setParameter("held", MeetingStatus.HELD)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /** The office admin takes a proposal into next year's draft plan (or no longer). */
    public MeetingProposal take(long proposalId, boolean take) {
        currentUser.require(Role.OFFICE_ADMIN);
        MeetingProposal proposal = em.find(MeetingProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("Proposal", proposalId);
        }
        proposal.take(take, currentUser.getUsername(), Instant.now());
        return proposal;
    }
}
