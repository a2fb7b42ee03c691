package si.mama.portal.people.web;

import si.mama.portal.platform.security.Role;

import java.io.Serializable;

/**
 * What the office types to invite someone: name, e-mail, language of Keycloak's mail and, for the office, the role.
 * The page validates the fields (with the same messages as the staff form); Keycloak and the boundary the rest.
 */
public class AccountInvitation implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;

    private String lastName;

    private String email;

    private String language = "sl";

    private Role role = Role.OFFICE_STAFF;

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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
