package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.CentreDirectory;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.people.entity.StaffListing;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.Stewardship;
import si.mama.portal.stewardship.entity.ContactKind;
import si.mama.portal.stewardship.entity.ContactLogEntry;
import si.mama.portal.stewardship.entity.Meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One centre as the office sees it ({@code /office/centre?id=...}): profile, staff, its steward (assigned by the
 * office admin), its meetings and the contact log with a one-line form to note a call or an e-mail.
 */
@Named
@ViewScoped
public class CentreDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreDirectory directory;

    @Inject
    Stewardship stewardship;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private Centre centre;
    private List<StaffListing> staff;
    private List<Meeting> meetings;
    private List<ContactLogEntry> contacts;
    private String stewardUsername;
    private String stewardName;
    private LocalDate contactedOn;
    private ContactKind contactKind = ContactKind.CALL;
    private String contactNote;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Centre", "(no id)");
        }
        centre = directory.find(id);
        staff = directory.staffOf(id);
        meetings = stewardship.meetingsOf(id);
        contacts = stewardship.contactsOf(id);
        stewardUsername = centre.getStewardUsername();
        stewardName = centre.getStewardName();
        contactedOn = PortalClock.today();
    }

    public boolean isOfficeAdmin() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    public void assignToMe() {
        stewardUsername = currentUser.getUsername();
        stewardName = currentUser.getDisplayName();
        assignSteward();
    }

    /** The office admin assigns a steward, or none with an empty user name. */
    public void assignSteward() {
        centre = stewardship.assignSteward(id, stewardUsername, stewardName);
        stewardUsername = centre.getStewardUsername();
        stewardName = centre.getStewardName();
        texts.info(stewardUsername == null ? "stewardship.centre.unassigned" : "stewardship.centre.assigned");
    }

    public void logContact() {
        try {
            stewardship.logContact(id, contactedOn, contactKind, contactNote);
            texts.info("stewardship.centre.contactLogged");
            contacts = stewardship.contactsOf(id);
            contactNote = null;
            contactedOn = PortalClock.today();
        } catch (PortalException refusal) {
            texts.error(refusal, "contactForm");
        }
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Centre getCentre() {
        return centre;
    }

    public List<StaffListing> getStaff() {
        return staff;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public List<ContactLogEntry> getContacts() {
        return contacts;
    }

    public String getStewardUsername() {
        return stewardUsername;
    }

    public void setStewardUsername(String stewardUsername) {
        this.stewardUsername = stewardUsername;
    }

    public String getStewardName() {
        return stewardName;
    }

    public void setStewardName(String stewardName) {
        this.stewardName = stewardName;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public void setContactedOn(LocalDate contactedOn) {
        this.contactedOn = contactedOn;
    }

    public ContactKind getContactKind() {
        return contactKind;
    }

    public void setContactKind(ContactKind contactKind) {
        this.contactKind = contactKind;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }
}
