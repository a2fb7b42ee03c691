package si.mama.portal.stewardship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A follow-up as the centre sees it: it marks its own tasks done; the office's it only reads. Tenant-filtered. */
@Entity
@Table(name = "follow_up")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class SharedFollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", insertable = false, updatable = false)
    private SharedMeeting meeting;

    @Column(insertable = false, updatable = false)
    private int position;

    @Column(insertable = false, updatable = false)
    private String task;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", insertable = false, updatable = false)
    private OwnerSide ownerSide;

    @Column(name = "owner_name", insertable = false, updatable = false)
    private String ownerName;

    @Column(name = "due_on", insertable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    protected SharedFollowUp() {
        // for JPA
    }

    /** The centre marks one of its own tasks done. */
    public void done(String by, Instant now) {
        if (ownerSide != OwnerSide.CENTRE) {
            throw new StewardshipRuleViolation("notCentresTask");
        }
        if (doneAt != null) {
            throw new StewardshipRuleViolation("alreadyDone");
        }
        doneAt = Objects.requireNonNull(now, "now");
        doneBy = Objects.requireNonNull(by, "by");
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Long getId() {
        return id;
    }

    public SharedMeeting getMeeting() {
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
}
