package si.mama.portal.academy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.people.entity.StaffListing;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The office's read-only view of a training's registrations across all centres (participant lists,
 * attendance). Deliberately not multitenant: only office boundaries that check an office role use it;
 * centres use {@link Registration}.
 */
@Entity
@ReadOnly
@Table(name = "registration")
@NamedQuery(name = "RegistrationListing.ofTraining", query = "select r from RegistrationListing r"
        + " where r.trainingId = :training order by r.centre.name, r.person.lastName, r.person.firstName, r.id")
public class RegistrationListing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "training_id")
    private Long trainingId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private StaffListing person;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "registered_at")
    private Instant registeredAt;

    protected RegistrationListing() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public Long getTrainingId() {
        return trainingId;
    }

    public Centre getCentre() {
        return centre;
    }

    public StaffListing getPerson() {
        return person;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RegistrationListing listing && id != null && id.equals(listing.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
