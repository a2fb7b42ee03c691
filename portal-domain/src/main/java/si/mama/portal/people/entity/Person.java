package si.mama.portal.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import si.mama.portal.platform.entity.Tenancy;
import si.mama.portal.platform.entity.Timestamped;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of a centre's staff: director, professional youth worker, volunteer or new hire.
 * Centre-owned: EclipseLink adds {@code centre_id = <current centre>} to every query and fills it on insert.
 */
@Entity
@Table(name = "person")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = "Person.byEmail", query = "select p from Person p where p.email = :email")
@NamedQuery(name = "Person.countByEmail", query = "select count(p) from Person p where p.email = :email and p.id <> :id")
public class Person extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = PersonDetails.NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = PersonDetails.NAME_MAX)
    private String lastName;

    @Column(nullable = false, length = PersonDetails.EMAIL_MAX)
    private String email;

    @Column(length = PersonDetails.POSITION_MAX)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 16)
    private EmploymentType employmentType;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private boolean active;

    /** Set when the office erased the person's data: the row stays for the counts, as a placeholder. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(PersonDetails details) {
        apply(details);
        this.active = true;
    }

    public void update(PersonDetails details) {
        requireNotErased();
        apply(details);
    }

    private void apply(PersonDetails details) {
        Objects.requireNonNull(details, "details");
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.email = details.email();
        this.position = details.position();
        this.employmentType = details.employmentType();
        this.language = details.language();
    }

    /** People are deactivated, never deleted: their trainings and answers stay attributable. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        requireNotErased();
        this.active = true;
    }

    /** An erased person is a placeholder for the counts: nobody can be put back into it. */
    private void requireNotErased() {
        if (erasedAt != null) {
            throw new PeopleRuleViolation("erased");
        }
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public PersonDetails details() {
        return new PersonDetails(firstName, lastName, email, position, employmentType, language);
    }

    /** The language of the person's mails: a tag of {@link PersonDetails#LANGUAGES}. */
    public String getLanguage() {
        return language;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
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

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Person person && id != null && id.equals(person.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
