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
import java.time.LocalDate;
import java.util.Objects;

/** A follow-up agreed at a meeting: a task, whose it is, when it is due, and when it was done. */
@Entity
@Table(name = "follow_up")
public class FollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TASK_MAX = 1000;

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

    @Column(nullable = false, length = TASK_MAX)
    private String task;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", nullable = false, length = 16)
    private OwnerSide ownerSide;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    protected FollowUp() {
        // for JPA
    }

    FollowUp(Meeting meeting, int position, String task, OwnerSide ownerSide, String ownerName, LocalDate dueOn) {
        this.meeting = meeting;
        this.centreId = meeting.getCentre().getId();
        this.position = position;
        this.task = Texts.required(task, TASK_MAX, "taskMissing");
        this.ownerSide = Objects.requireNonNull(ownerSide, "ownerSide");
        this.ownerName = Texts.optional(ownerName, 200);
        this.dueOn = dueOn;
    }

    public void done(String by, Instant now) {
        if (doneAt != null) {
            throw new StewardshipRuleViolation("alreadyDone");
        }
        this.doneAt = now;
        this.doneBy = by;
    }

    public void reopen() {
        this.doneAt = null;
        this.doneBy = null;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Open and past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueOn != null && dueOn.isBefore(today);
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

    public String getTask() {
        return task;
    }

    public OwnerSide getOwnerSide() {
        return ownerSide;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FollowUp followUp && id != null && id.equals(followUp.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
