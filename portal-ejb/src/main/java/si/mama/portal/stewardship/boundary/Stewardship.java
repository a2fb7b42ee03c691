package si.mama.portal.stewardship.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.entity.ContactKind;
import si.mama.portal.stewardship.entity.ContactLogEntry;
import si.mama.portal.stewardship.entity.FollowUp;
import si.mama.portal.stewardship.entity.Meeting;
import si.mama.portal.stewardship.entity.MeetingPlan;
import si.mama.portal.stewardship.entity.MeetingProposal;
import si.mama.portal.stewardship.entity.Minutes;
import si.mama.portal.stewardship.entity.OwnerSide;
import si.mama.portal.stewardship.entity.ProposalKind;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The office's stewardship of member centres: each centre's steward, meetings (planned, then held with minutes,
 * proposals and follow-ups), the contact log, a steward's centres and the queue of centres due for a visit. Office
 * staff read everything; a steward writes for the centres they steward, the office admin for all. Meetings and
 * contacts are office data; centres read their shared part through {@link CentreMeetings}.
 */
@Stateless
public class Stewardship {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    // ------------------------------------------------------------------ lists

    /** The member centres of a steward (the caller when {@code username} is null), with their latest contacts. */
    public List<StewardedCentre> centresOf(String username) {
        currentUser.requireOffice();
        String steward = username == null ? currentUser.getUsername() : username;
        return overview(members().stream().filter(c -> steward.equals(c.getStewardUsername())).toList());
    }

    /**
     * Member centres with no meeting held this year, the longest unvisited first (never visited before all), of
     * one steward or of everyone.
     */
    public List<StewardedCentre> dueForVisit(String username) {
        currentUser.requireOffice();
        int year = PortalClock.today().getYear();
        return overview(members().stream()
                .filter(c -> username == null || username.equals(c.getStewardUsername())).toList()).stream()
                .filter(s -> s.lastMeeting() == null || s.lastMeeting().getYear() < year)
                .sorted(Comparator.comparing(StewardedCentre::lastMeeting, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(s -> s.centre().getName()))
                .toList();
    }

    private List<StewardedCentre> overview(List<Centre> centres) {
        LocalDate today = PortalClock.today();
        Map<Long, LocalDate> lastMeeting = dates("select centre_id, max(held_on) from meeting where status = 'HELD'"
                + " group by centre_id");
        Map<Long, LocalDate> nextMeeting = dates("select centre_id, min(planned_on) from meeting where status = 'PLANNED'"
                + " and planned_on >= ? group by centre_id", today);
        Map<Long, LocalDate> lastCall = dates("select centre_id, max(contacted_on) from contact_log group by centre_id");
        Map<Long, Long> open = new HashMap<>();
        for (Object row : em.createQuery("select f.meeting.centre.id, count(f) from FollowUp f where f.doneAt is null"
                + " group by f.meeting.centre.id").getResultList()) {
            Object[] cells = (Object[]) row;
            open.put((Long) cells[0], (Long) cells[1]);
        }
        return centres.stream().map(c -> new StewardedCentre(c,
                latest(lastMeeting.get(c.getId()), lastCall.get(c.getId())), lastMeeting.get(c.getId()),
                nextMeeting.get(c.getId()), open.getOrDefault(c.getId(), 0L))).toList();
    }

    private Map<Long, LocalDate> dates(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Map<Long, LocalDate> dates = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            if (cells[1] != null) {
                dates.put(((Number) cells[0]).longValue(), cells[1] instanceof Date date ? date.toLocalDate()
                        : LocalDate.parse(cells[1].toString()));
            }
        }
        return dates;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private List<Centre> members() {
        return em.createQuery("select c from Centre c where c.membershipStatus = :member order by c.name", Centre.class)
                .setParameter("member", MembershipStatus.MEMBER).getResultList();
    }

    public List<Meeting> meetingsOf(long centreId) {
        currentUser.requireOffice();
        return em.createNamedQuery("Meeting.ofCentre", Meeting.class).setParameter("centre", centre(centreId))
                .getResultList();
    }

    public Meeting meeting(long meetingId) {
        currentUser.requireOffice();
        return load(meetingId);
    }

    public List<ContactLogEntry> contactsOf(long centreId) {
        currentUser.requireOffice();
        return em.createNamedQuery("ContactLogEntry.ofCentre", ContactLogEntry.class)
                .setParameter("centre", centre(centreId)).setMaxResults(200).getResultList();
    }

    // ------------------------------------------------------------------ changes

    /** The office admin makes an office user the steward of a centre (or none, with a blank username). */
    public Centre assignSteward(long centreId, String username, String name) {
        currentUser.require(Role.OFFICE_ADMIN);
        Centre centre = centre(centreId);
        centre.assignSteward(username, name);
        return centre;
    }

    public Meeting plan(long centreId, MeetingPlan plan) throws PortalException {
        Centre centre = centre(centreId);
        requireSteward(centre);
        Meeting meeting = PortalException.guard(() -> new Meeting(centre, plan, currentUser.getUsername(),
                currentUser.getDisplayName()));
        em.persist(meeting);
        em.flush();
        return meeting;
    }

    public Meeting replan(long meetingId, long version, MeetingPlan plan) throws PortalException {
        Meeting meeting = lockForChange(meetingId, version);
        PortalException.guard(() -> meeting.replan(plan));
        return flushed(meeting);
    }

    public Meeting record(long meetingId, long version, Minutes minutes) throws PortalException {
        Meeting meeting = lockForChange(meetingId, version);
        PortalException.guard(() -> meeting.record(minutes, PortalClock.today()));
        return flushed(meeting);
    }

    public Meeting cancel(long meetingId) throws PortalException {
        Meeting meeting = lockForChange(meetingId, null);
        PortalException.guard(meeting::cancel);
        return flushed(meeting);
    }

    public MeetingProposal addProposal(long meetingId, String text, String areaKey, ProposalKind kind)
            throws PortalException {
        Meeting meeting = lockForChange(meetingId, null);
        MeetingProposal proposal = PortalException.guard(() -> meeting.addProposal(text, areaKey, kind));
        flushed(meeting);
        return proposal;
    }

    public Meeting removeProposal(long meetingId, long proposalId) throws PortalException {
        Meeting meeting = lockForChange(meetingId, null);
        MeetingProposal proposal = meeting.getProposals().stream().filter(p -> p.getId() == proposalId).findFirst()
                .orElseThrow(() -> new NotFoundException("Proposal", proposalId));
        PortalException.guard(() -> meeting.removeProposal(proposal));
        return flushed(meeting);
    }

    public FollowUp addFollowUp(long meetingId, String task, OwnerSide side, String ownerName, LocalDate dueOn)
            throws PortalException {
        Meeting meeting = lockForChange(meetingId, null);
        FollowUp followUp = PortalException.guard(() -> meeting.addFollowUp(task, side, ownerName, dueOn));
        flushed(meeting);
        return followUp;
    }

    public Meeting removeFollowUp(long meetingId, long followUpId) throws PortalException {
        Meeting meeting = lockForChange(meetingId, null);
        meeting.removeFollowUp(followUp(meeting, followUpId));
        return flushed(meeting);
    }

    /** The office marks a follow-up done (or open again). */
    public Meeting followUpDone(long meetingId, long followUpId, boolean done) throws PortalException {
        Meeting meeting = lockForChange(meetingId, null);
        FollowUp followUp = followUp(meeting, followUpId);
        if (done) {
            PortalException.guard(() -> followUp.done(currentUser.getUsername(), Instant.now()));
        } else {
            followUp.reopen();
        }
        return flushed(meeting);
    }

    /** Notes a call or an e-mail with a centre, in one line. */
    public ContactLogEntry logContact(long centreId, LocalDate on, ContactKind kind, String note) throws PortalException {
        currentUser.requireOffice();
        Centre centre = centre(centreId);
        ContactLogEntry entry = PortalException.guard(() -> new ContactLogEntry(centre, on, kind, note,
                currentUser.getUsername(), currentUser.getDisplayName(), PortalClock.today()));
        em.persist(entry);
        return entry;
    }

    // ------------------------------------------------------------------ helpers

    private Meeting lockForChange(long meetingId, Long version) throws PortalException {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        requireSteward(meeting.getCentre());
        if (version != null && meeting.getVersion() != version) {
            throw new PortalException("stewardship.error.changedMeanwhile", null, meeting.getCentre().getName());
        }
        return meeting;
    }

    /** The office admin writes for every centre, a steward for the centres they steward. */
    private void requireSteward(Centre centre) {
        currentUser.requireOffice();
        if (!currentUser.has(Role.OFFICE_ADMIN) && !Objects.equals(centre.getStewardUsername(), currentUser.getUsername())) {
            throw new AccessDeniedException(currentUser.getUsername() + " is not the steward of " + centre.getAlias());
        }
    }

    private static FollowUp followUp(Meeting meeting, long followUpId) {
        return meeting.getFollowUps().stream().filter(f -> f.getId() == followUpId).findFirst()
                .orElseThrow(() -> new NotFoundException("Follow-up", followUpId));
    }

    private Meeting flushed(Meeting meeting) throws PortalException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PortalException("stewardship.error.changedMeanwhile", null, meeting.getCentre().getName());
        }
        return meeting;
    }

    private Meeting load(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    private Centre centre(long centreId) {
        Centre centre = em.find(Centre.class, centreId);
        if (centre == null) {
            throw new NotFoundException("Centre", centreId);
        }
        return centre;
    }
}
