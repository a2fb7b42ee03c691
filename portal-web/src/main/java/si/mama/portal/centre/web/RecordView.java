package si.mama.portal.centre.web;

import jakarta.inject.Inject;
import org.primefaces.PrimeFaces;
import si.mama.portal.centre.boundary.ContactDraft;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.CentreContact;
import si.mama.portal.centre.entity.ContactRole;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.web.PageModel;

import java.io.Serializable;

/**
 * What the office's centre page and the centre's own record page share ({@code WEB-INF/includes/record-*.xhtml}):
 * the record shown, its history page by page, and the contact fields and contact people that both the office admin
 * and the centre's admin edit. Subclasses say through which boundary.
 */
public abstract class RecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Texts texts;

    private Centre centre;
    private PageModel<CentreChange> history;
    private ContactForm contact = new ContactForm();
    private String email;
    private String phone;
    private String website;

    protected abstract Centre loadRecord();

    protected abstract Page<CentreChange> historyPage(int first, int max);

    /** Whether the caller may edit the contact fields and contact people. */
    public abstract boolean isContactsEditable();

    protected abstract Centre saveFields(String email, String phone, String website) throws PortalException;

    protected abstract Centre saveContact(Long contactId, ContactDraft draft) throws PortalException;

    protected abstract Centre deleteContact(long contactId) throws PortalException;

    protected void show(Centre record) {
        centre = record;
        email = record.getEmail();
        phone = record.getPhone();
        website = record.getWebsite();
        if (history == null) {
            history = new PageModel<>((sorting, first, max) -> historyPage(first, max), CentreChange::getId);
        }
    }

    public void load() {
        show(loadRecord());
    }

    public void saveContactFields() {
        try {
            show(saveFields(email, phone, website));
            texts.info("membership.saved");
        } catch (PortalException refusal) {
            texts.error(refusal, "contactFieldsForm");
        }
    }

    public void startAddingContact() {
        contact = new ContactForm();
    }

    public void startEditingContact(long contactId) {
        contact = centre.getContacts().stream().filter(c -> c.getId() == contactId).findFirst().map(ContactForm::of)
                .orElseGet(ContactForm::new);
    }

    public void saveContactPerson() {
        try {
            show(saveContact(contact.getId(), contact.draft()));
            texts.info("membership.contact.saved");
            PrimeFaces.current().executeScript("PF('contactPersonDialog').hide()");
        } catch (PortalException refusal) {
            texts.error(refusal, "contactPersonForm");
        }
    }

    public void removeContactPerson(long contactId) {
        try {
            show(deleteContact(contactId));
            texts.info("membership.contact.removed");
        } catch (PortalException refusal) {
            texts.error(refusal, "recordContactsForm");
        }
    }

    public ContactRole[] getContactRoles() {
        return ContactRole.values();
    }

    public java.util.List<CentreContact> getContacts() {
        return centre.getContacts();
    }

    public Centre getCentre() {
        return centre;
    }

    public PageModel<CentreChange> getHistory() {
        return history;
    }

    public ContactForm getContact() {
        return contact;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
