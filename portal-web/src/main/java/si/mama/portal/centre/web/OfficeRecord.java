package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.centre.boundary.ContactDraft;
import si.mama.portal.centre.boundary.MembershipFees;
import si.mama.portal.centre.boundary.MembershipRecords;
import si.mama.portal.centre.boundary.ProfileDraft;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's membership record on the office's centre page ({@code /office/centre?id=}): office staff read it with its
 * fees and history; the office admin edits the profile, changes the status from a date, and edits the contacts.
 */
@Named
@ViewScoped
public class OfficeRecord extends RecordView {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipRecords records;

    @Inject
    MembershipFees membershipFees;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ProfileForm profile = new ProfileForm();
    private MembershipStatus status;
    private LocalDate statusFrom;
    private String statusNote;
    private List<MembershipFee> fees;

    @Override
    public void load() {
        if (id == null) {
            throw new NotFoundException("Centre", "(no id)");
        }
        super.load();
        fees = membershipFees.ofCentre(id);
    }

    @Override
    protected Centre loadRecord() {
        return records.record(id);
    }

    @Override
    protected Page<CentreChange> historyPage(int first, int max) {
        return records.history(id, first, max);
    }

    public boolean isOfficeAdmin() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    @Override
    public boolean isContactsEditable() {
        return isOfficeAdmin();
    }

    @Override
    protected Centre saveFields(String email, String phone, String website) throws PortalException {
        return records.changeContactFields(id, email, phone, website);
    }

    @Override
    protected Centre saveContact(Long contactId, ContactDraft draft) throws PortalException {
        return contactId == null ? records.addContact(id, draft) : records.changeContact(id, contactId, draft);
    }

    @Override
    protected Centre deleteContact(long contactId) throws PortalException {
        return records.removeContact(id, contactId);
    }

    public void startEditingProfile() {
        profile = ProfileForm.of(ProfileDraft.of(getCentre()));
    }

    public void saveProfile() {
        try {
            show(records.changeProfile(id, getCentre().getVersion(), profile.draft()));
            texts.info("membership.saved");
            PrimeFaces.current().executeScript("PF('profileDialog').hide()");
        } catch (PortalException refusal) {
            texts.error(refusal, "profileForm");
        }
    }

    public void startChangingStatus() {
        status = null;
        statusFrom = PortalClock.today();
        statusNote = null;
    }

    public void changeStatus() {
        try {
            show(records.changeStatus(id, status, statusFrom, statusNote));
            texts.info("membership.statusChanged");
            PrimeFaces.current().executeScript("PF('statusDialog').hide()");
        } catch (PortalException refusal) {
            texts.error(refusal, "statusForm");
        }
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public LocalDate getStatusFrom() {
        return statusFrom;
    }

    public void setStatusFrom(LocalDate statusFrom) {
        this.statusFrom = statusFrom;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public void setStatusNote(String statusNote) {
        this.statusNote = statusNote;
    }

    public List<MembershipFee> getFees() {
        return fees;
    }
}
