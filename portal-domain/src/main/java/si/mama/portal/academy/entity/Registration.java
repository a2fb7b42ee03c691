package si.mama.portal.academy.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.entity.Tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A centre's person on a training. Centre-owned: a centre sees and changes only its own registrations.
 * The seat or waitlist place comes from {@link Training#allocate()} under the training's row lock.
 */
@Entity
@Table(name = "registration")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = "Registration.liveOfPerson", query = "select r from Registration r where r.training = :training"
        + " and r.person = :person and r.status <> si.mama.portal.academy.entity.RegistrationStatus.CANCELLED")
@NamedQuery(name = "Registration.liveCountOfCentre", query = "select count(r) from Registration r"
        + " where r.training = :training and r.status in :statuses")
@NamedQuery(name = "Registration.ofTraining", query = "select r from Registration r where r.training = :training"
        + " order by r.person.lastName, r.person.firstName, r.id")
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 100)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected Registration() {
        // for JPA
    }

    public Registration(Training training, Person person, Training.Allocation place, String registeredBy) {
        this.training = Objects.requireNonNull(training, "training");
        this.person = Objects.requireNonNull(person, "person");
        this.status = place.status();
        this.waitlistPosition = place.waitlistPosition();
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.registeredAt = Instant.now();
    }

    /** A staff member's own request, waiting for the centre admin: holds neither a seat nor a waitlist place. */
    public static Registration requested(Training training, Person person, String requestedBy) {
        return new Registration(training, person, new Training.Allocation(RegistrationStatus.REQUESTED, null),
                requestedBy);
    }

    /** The centre admin approves a request: it takes the seat or waitlist place {@code place}. */
    public void approve(Training.Allocation place) {
        if (status != RegistrationStatus.REQUESTED) {
            throw new AcademyRuleViolation("notRequested");
        }
        if (place.status() == RegistrationStatus.REQUESTED || place.status() == RegistrationStatus.CANCELLED) {
            throw new IllegalArgumentException("Not a place: " + place);
        }
        status = place.status();
        waitlistPosition = place.waitlistPosition();
    }

    public boolean isRequested() {
        return status == RegistrationStatus.REQUESTED;
    }

    /** Cancels; returns the status it had, so the caller can give back its seat or waitlist place. */
    public RegistrationStatus cancel() {
        if (!status.isLive()) {
            throw new AcademyRuleViolation("alreadyCancelled");
        }
        RegistrationStatus was = status;
        status = RegistrationStatus.CANCELLED;
        waitlistPosition = null;
        cancelledAt = Instant.now();
        return was;
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
    }

    public Person getPerson() {
        return person;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Registration registration && id != null && id.equals(registration.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", " + status + "]";
    }
}
