package si.mama.portal.academy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One day (or part of a day) of a training, with the hours it counts for. */
@Entity
@Table(name = "training_session")
public class TrainingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    protected TrainingSession() {
        // for JPA
    }

    TrainingSession(Training training, LocalDate date, LocalTime startsAt, LocalTime endsAt, BigDecimal hours) {
        this.training = Objects.requireNonNull(training, "training");
        this.date = Objects.requireNonNull(date, "date");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new AcademyRuleViolation("sessionTimes");
        }
        this.hours = hours != null ? hours
                : BigDecimal.valueOf(java.time.Duration.between(startsAt, endsAt).toMinutes()).divide(BigDecimal.valueOf(60), 2,
                        java.math.RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public BigDecimal getHours() {
        return hours;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TrainingSession session && id != null && id.equals(session.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
