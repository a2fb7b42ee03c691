package si.mama.portal.platform.testing;

import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.people.entity.PersonDetails;

import java.util.Locale;

/** Builds what a centre admin enters about a person; unset parts get plausible values. */
public final class PersonDetailsBuilder {

    private String firstName = "Ana";
    private String lastName = "Novak";
    private String email;
    private String position = "mladinska delavka";
    private EmploymentType employmentType = EmploymentType.PROFESSIONAL;
    private String language;

    private PersonDetailsBuilder() {
    }

    public static PersonDetailsBuilder aPerson() {
        return new PersonDetailsBuilder();
    }

    public static PersonDetailsBuilder aPersonLike(PersonDetails details) {
        return aPerson().named(details.firstName(), details.lastName()).withEmail(details.email())
                .withPosition(details.position()).employedAs(details.employmentType());
    }

    /** The e-mail is derived from the names unless one is given. */
    public PersonDetailsBuilder named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    public PersonDetailsBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public PersonDetailsBuilder withPosition(String position) {
        this.position = position;
        return this;
    }

    public PersonDetailsBuilder employedAs(EmploymentType employmentType) {
        this.employmentType = employmentType;
        return this;
    }

    public PersonDetailsBuilder inLanguage(String language) {
        this.language = language;
        return this;
    }

    public PersonDetails build() {
        String address = email != null ? email
                : (firstName + "." + lastName).toLowerCase(Locale.ROOT).replace(' ', '-') + "@centre.example.org";
        return new PersonDetails(firstName, lastName, address, position, employmentType, language);
    }
}
