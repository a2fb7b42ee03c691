package si.mama.portal.stewardship.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.stewardship.entity.SharedFollowUp;
import si.mama.portal.stewardship.entity.SharedMeeting;

import java.time.Instant;
import java.util.List;

/**
 * A centre's meetings with the office: the plan and the shared minutes, proposals and follow-ups, never the
 * office's internal note. They are the centre admin's (as DESIGN.md's table says): the admin reads them, confirms
 * the minutes and marks the centre's own follow-ups done. Runs under the tenant filter.
 */
@Stateless
@CentreScoped
public class CentreMeetings {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<SharedMeeting> mine() {
        currentUser.require(Role.CENTRE_ADMIN);
        return em.createNamedQuery("SharedMeeting.all", SharedMeeting.class).getResultList();
    }

    public SharedMeeting find(long meetingId) {
        currentUser.require(Role.CENTRE_ADMIN);
        SharedMeeting meeting = em.find(SharedMeeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    public SharedMeeting confirm(long meetingId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        SharedMeeting meeting = find(meetingId);
        em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        PortalException.guard(() -> meeting.confirm(currentUser.getUsername(), Instant.now()));
        return meeting;
    }

    public SharedFollowUp followUpDone(long followUpId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        SharedFollowUp followUp = em.find(SharedFollowUp.class, followUpId, LockModeType.PESSIMISTIC_WRITE);
        if (followUp == null) {
            throw new NotFoundException("Follow-up", followUpId);
        }
        PortalException.guard(() -> followUp.done(currentUser.getUsername(), Instant.now()));
        return followUp;
    }
}
