package si.mama.portal.plan.entity;

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

/** One approval step taken: which body, when, what it decided, and who recorded it. Never changed afterwards. */
@Entity
@Table(name = "plan_step")
public class PlanStep implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private PlanStage stage;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Decision decision;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PlanStep() {
        // for JPA
    }

    PlanStep(Plan plan, PlanStage stage, LocalDate decidedOn, Decision decision, String note, String recordedBy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
        this.decision = Objects.requireNonNull(decision, "decision");
        this.note = PlanText.optional(note, "note", NOTE_MAX);
        this.recordedBy = PlanText.required(recordedBy, "recordedBy", 100);
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    /** The version of the plan this step decided on. */
    public int getVersionNo() {
        return plan.getVersionNo();
    }

    public PlanStage getStage() {
        return stage;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PlanStep step && id != null && id.equals(step.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "PlanStep[" + id + ", " + stage + " " + decision + "]";
    }
}
