package si.mama.portal.centre.web;

import si.mama.portal.centre.boundary.ContactDraft;
import si.mama.portal.centre.entity.CentreContact;
import si.mama.portal.centre.entity.ContactRole;

import java.io.Serializable;

/** The contact person dialog's fields: a new contact ({@code id} null) or one being changed. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ContactRole role = ContactRole.CONTACT_PERSON;
    private String name;
    private String email;
    private String phone;

    static ContactForm of(CentreContact contact) {
        ContactForm form = new ContactForm();
        form.id = contact.getId();
        form.role = contact.getRole();
        form.name = contact.getName();
        form.email = contact.getEmail();
        form.phone = contact.getPhone();
        return form;
    }

    ContactDraft draft() {
        return new ContactDraft(role, name, email, phone);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public ContactRole getRole() {
        return role;
    }

    public void setRole(ContactRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
