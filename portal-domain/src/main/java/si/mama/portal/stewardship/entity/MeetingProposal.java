package si.mama.portal.stewardship.entity;

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
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A proposal from a meeting, tagged with an area of the plan (its stable key) and what it is for. */
@Entity
@Table(name = "meeting_proposal")
public class MeetingProposal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private Long centreId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "area_key", length = 40)
    private String areaKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalKind kind;

    @Column(nullable = false)
    private boolean taken;

    @Column(name = "taken_by", length = 100)
    private String takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected MeetingProposal() {
        // for JPA
    }

    MeetingProposal(Meeting meeting, int position, String text, String areaKey, ProposalKind kind) {
        this.meeting = meeting;
        this.centreId = meeting.getCentre().getId();
        this.position = position;
        this.text = Texts.required(text, TEXT_MAX, "proposalMissing");
        this.areaKey = areaKey == null || areaKey.isBlank() ? null : areaKey.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The office takes (or no longer takes) the proposal into next year's draft plan. */
    public void take(boolean take, String by, Instant now) {
        this.taken = take;
        this.takenBy = take ? by : null;
        this.takenAt = take ? now : null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getAreaKey() {
        return areaKey;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public boolean isTaken() {
        return taken;
    }

    public String getTakenBy() {
        return takenBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MeetingProposal proposal && id != null && id.equals(proposal.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
