package si.mama.portal.stewardship.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.platform.entity.Timestamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A steward's meeting with a member centre: planned (date, on site or online, who attends, agenda), then held with
 * its minutes (a part shared with the centre, an internal note for the office), proposals for the plan and
 * follow-ups; or cancelled. Office data: the centre reads its shared part only through {@link SharedMeeting}, an
 * entity that has no internal note to read.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.ofCentre", query = "select m from Meeting m where m.centre = :centre"
        + " order by m.plannedOn desc, m.id desc")
public class Meeting extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingStatus status;

    @Column(name = "office_attendees", length = MeetingPlan.ATTENDEES_MAX)
    private String officeAttendees;

    @Column(name = "centre_attendees", length = MeetingPlan.ATTENDEES_MAX)
    private String centreAttendees;

    @Column
    private String agenda;

    @Column
    private String situation;

    @Column
    private String needs;

    @Column(name = "shared_notes")
    private String sharedNotes;

    @Column(name = "internal_note")
    private String internalNote;

    @Column(name = "steward_username", nullable = false, length = 100)
    private String stewardUsername;

    @Column(name = "steward_name", nullable = false, length = 200)
    private String stewardName;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingProposal> proposals = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FollowUp> followUps = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    /** A planned meeting of a member centre, by the steward who records it. */
    public Meeting(Centre centre, MeetingPlan plan, String stewardUsername, String stewardName) {
        this.centre = Objects.requireNonNull(centre, "centre");
        if (!centre.isMember()) {
            throw new StewardshipRuleViolation("notMember", centre.getName());
        }
        this.stewardUsername = Objects.requireNonNull(stewardUsername, "stewardUsername");
        this.stewardName = stewardName == null || stewardName.isBlank() ? stewardUsername : stewardName;
        this.status = MeetingStatus.PLANNED;
        replan(plan);
    }

    public void replan(MeetingPlan plan) {
        requireNotCancelled();
        this.plannedOn = plan.plannedOn();
        this.format = plan.format();
        this.officeAttendees = plan.officeAttendees();
        this.centreAttendees = plan.centreAttendees();
        this.agenda = plan.agenda();
    }

    /** Records (or corrects) the minutes: the meeting is held on their date, which cannot be in the future. */
    public void record(Minutes minutes, LocalDate today) {
        requireNotCancelled();
        if (minutes.heldOn().isAfter(today)) {
            throw new StewardshipRuleViolation("heldInFuture", minutes.heldOn());
        }
        boolean sharedChanged = !Objects.equals(heldOn, minutes.heldOn()) || !Objects.equals(situation, minutes.situation())
                || !Objects.equals(needs, minutes.needs()) || !Objects.equals(sharedNotes, minutes.sharedNotes());
        if (sharedChanged) {
            // the centre confirmed other minutes than these
            confirmedAt = null;
            confirmedBy = null;
        }
        this.heldOn = minutes.heldOn();
        this.situation = minutes.situation();
        this.needs = minutes.needs();
        this.sharedNotes = minutes.sharedNotes();
        this.internalNote = minutes.internalNote();
        this.status = MeetingStatus.HELD;
    }

    public void cancel() {
        if (status == MeetingStatus.HELD) {
            throw new StewardshipRuleViolation("alreadyHeld");
        }
        status = MeetingStatus.CANCELLED;
    }

    public MeetingProposal addProposal(String text, String areaKey, ProposalKind kind) {
        requireHeld();
        MeetingProposal proposal = new MeetingProposal(this, nextPosition(proposals.stream()
                .mapToInt(MeetingProposal::getPosition).max().orElse(0)), text, areaKey, kind);
        proposals.add(proposal);
        return proposal;
    }

    public void removeProposal(MeetingProposal proposal) {
        if (proposal.isTaken()) {
            throw new StewardshipRuleViolation("proposalTaken");
        }
        proposals.remove(proposal);
    }

    public FollowUp addFollowUp(String task, OwnerSide side, String ownerName, LocalDate dueOn) {
        requireHeld();
        FollowUp followUp = new FollowUp(this, nextPosition(followUps.stream()
                .mapToInt(FollowUp::getPosition).max().orElse(0)), task, side, ownerName, dueOn);
        followUps.add(followUp);
        return followUp;
    }

    public void removeFollowUp(FollowUp followUp) {
        followUps.remove(followUp);
    }

    private static int nextPosition(int last) {
        return last + 1;
    }

    private void requireHeld() {
        if (status != MeetingStatus.HELD) {
            throw new StewardshipRuleViolation("notHeld");
        }
    }

    private void requireNotCancelled() {
        if (status == MeetingStatus.CANCELLED) {
            throw new StewardshipRuleViolation("cancelled");
        }
    }

    public MeetingPlan plan() {
        return new MeetingPlan(plannedOn, format, officeAttendees, centreAttendees, agenda);
    }

    public Long getId() {
        return id;
    }

    public Centre getCentre() {
        return centre;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getOfficeAttendees() {
        return officeAttendees;
    }

    public String getCentreAttendees() {
        return centreAttendees;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getSituation() {
        return situation;
    }

    public String getNeeds() {
        return needs;
    }

    public String getSharedNotes() {
        return sharedNotes;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public String getStewardUsername() {
        return stewardUsername;
    }

    public String getStewardName() {
        return stewardName;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public long getVersion() {
        return version;
    }

    public List<MeetingProposal> getProposals() {
        return proposals.stream().sorted(Comparator.comparingInt(MeetingProposal::getPosition)).toList();
    }

    public List<FollowUp> getFollowUps() {
        return followUps.stream().sorted(Comparator.comparingInt(FollowUp::getPosition)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Meeting meeting && id != null && id.equals(meeting.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Meeting[" + id + " " + status + " " + plannedOn + "]";
    }
}
