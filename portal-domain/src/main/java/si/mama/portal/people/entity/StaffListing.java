package si.mama.portal.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.util.Objects;

/**
 * The office's read-only view of people across centres. It is deliberately not multitenant, so it
 * may only be used by office boundaries that check an office role; centre code uses {@link Person}.
 */
@Entity
@ReadOnly
@Table(name = "person")
public class StaffListing {

    @Id
    private Long id;

    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;

    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    private EmploymentType employmentType;

    private boolean active;

    @Column(name = "erased_at")
    private java.time.Instant erasedAt;

    protected StaffListing() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public Long getCentreId() {
        return centreId;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPosition() {
        return position;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public boolean isActive() {
        return active;
    }

    /** The office erased the person's data: the row is a placeholder kept for the counts. */
    public boolean isErased() {
        return erasedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StaffListing listing && id != null && id.equals(listing.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
