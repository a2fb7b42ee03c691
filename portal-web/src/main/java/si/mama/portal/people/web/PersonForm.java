package si.mama.portal.people.web;

import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.people.entity.Person;
import si.mama.portal.people.entity.PersonDetails;

import java.io.Serializable;

/** The add/edit dialog's fields; the page validates each one, the entity enforces the rest. */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String firstName;
    private String lastName;
    private String email;
    private String position;
    private EmploymentType employmentType = EmploymentType.PROFESSIONAL;

    private String language = PersonDetails.LANGUAGES.get(0);

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.id = person.getId();
        form.version = person.getVersion();
        form.firstName = person.getFirstName();
        form.lastName = person.getLastName();
        form.email = person.getEmail();
        form.position = person.getPosition();
        form.employmentType = person.getEmploymentType();
        form.language = person.getLanguage();
        return form;
    }

    public PersonDetails toDetails() {
        return new PersonDetails(firstName, lastName, email, position, employmentType, language);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(EmploymentType employmentType) {
        this.employmentType = employmentType;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
