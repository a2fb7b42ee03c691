package si.mama.portal.stewardship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A centre's view of its meetings with the office: the plan and the shared part of the minutes, with proposals
 * and follow-ups. Tenant-filtered, and it maps no internal note: a centre cannot read the office's own part, not
 * by a query, not by an id. The only change it makes is the centre's confirmation.
 */
@Entity
@Table(name = "meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = "SharedMeeting.all", query = "select m from SharedMeeting m"
        + " where m.status <> si.mama.portal.stewardship.entity.MeetingStatus.CANCELLED order by m.plannedOn desc, m.id desc")
public class SharedMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "planned_on", insertable = false, updatable = false)
    private LocalDate plannedOn;

    @Column(name = "held_on", insertable = false, updatable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private MeetingFormat format;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private MeetingStatus status;

    @Column(name = "office_attendees", insertable = false, updatable = false)
    private String officeAttendees;

    @Column(name = "centre_attendees", insertable = false, updatable = false)
    private String centreAttendees;

    @Column(insertable = false, updatable = false)
    private String agenda;

    @Column(insertable = false, updatable = false)
    private String situation;

    @Column(insertable = false, updatable = false)
    private String needs;

    @Column(name = "shared_notes", insertable = false, updatable = false)
    private String sharedNotes;

    @Column(name = "steward_name", insertable = false, updatable = false)
    private String stewardName;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting")
    @OrderBy("position")
    private List<SharedFollowUp> followUps = new ArrayList<>();

    @OneToMany(mappedBy = "meeting")
    @OrderBy("position")
    private List<SharedProposal> proposals = new ArrayList<>();

    protected SharedMeeting() {
        // for JPA
    }

    /** The centre confirms the minutes as recorded. */
    public void confirm(String by, Instant now) {
        if (status != MeetingStatus.HELD) {
            throw new StewardshipRuleViolation("notHeld");
        }
        if (confirmedAt != null) {
            throw new StewardshipRuleViolation("alreadyConfirmed");
        }
        confirmedAt = Objects.requireNonNull(now, "now");
        confirmedBy = Objects.requireNonNull(by, "by");
    }

    public Long getId() {
        return id;
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

    public List<SharedFollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public List<SharedProposal> getProposals() {
        return List.copyOf(proposals);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SharedMeeting meeting && id != null && id.equals(meeting.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
