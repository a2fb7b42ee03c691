package si.mama.portal.academy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Whether a registered participant was at one session, as the office marked it. Office data, not tenant-owned. */
@Entity
@Table(name = "attendance")
@NamedQuery(name = "Attendance.ofTraining", query = "select a from Attendance a where a.session.training.id = :training")
public class Attendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private Long registrationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "marked_by", nullable = false, length = 100)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected Attendance() {
        // for JPA
    }

    public Attendance(long registrationId, TrainingSession session, boolean present, String markedBy) {
        this.registrationId = registrationId;
        this.session = Objects.requireNonNull(session, "session");
        mark(present, markedBy);
    }

    public void mark(boolean present, String markedBy) {
        this.present = present;
        this.markedBy = Objects.requireNonNull(markedBy, "markedBy");
        this.markedAt = Instant.now();
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public TrainingSession getSession() {
        return session;
    }

    public boolean isPresent() {
        return present;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Attendance attendance && id != null && id.equals(attendance.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
