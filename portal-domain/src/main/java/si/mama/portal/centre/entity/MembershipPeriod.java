package si.mama.portal.centre.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a centre's membership: the status it had from a date on, with an optional note. Periods are kept,
 * never changed; the centre's current status is the last one. A period without a date was recorded before the
 * membership record existed (the migration's backfill).
 */
@Entity
@Table(name = "centre_membership")
public class MembershipPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private Centre centre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MembershipStatus status;

    @Column(name = "from_date", updatable = false)
    private LocalDate fromDate;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    protected MembershipPeriod() {
        // for JPA
    }

    MembershipPeriod(Centre centre, MembershipStatus status, LocalDate fromDate, String note) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.status = Objects.requireNonNull(status, "status");
        this.fromDate = fromDate;
        this.note = RecordTexts.optional(note, NOTE_MAX, "statusNote");
    }

    public Long getId() {
        return id;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MembershipPeriod period && id != null && id.equals(period.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
