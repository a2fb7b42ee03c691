package si.mama.portal.centre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.boundary.ContactDraft;
import si.mama.portal.centre.boundary.MyRecord;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.List;

/**
 * The centre's own membership record ({@code /centre/record}): read by its people; its admin keeps the contact fields
 * and contact people up to date. No id from the request: always the caller's centre.
 */
@Named
@ViewScoped
public class OwnRecord extends RecordView {

    private static final long serialVersionUID = 1L;

    @Inject
    MyRecord myRecord;

    @Inject
    CurrentUser currentUser;

    private List<MembershipFee> fees;

    @Override
    public void load() {
        super.load();
        fees = myRecord.fees();
    }

    @Override
    protected Centre loadRecord() {
        return myRecord.mine();
    }

    @Override
    protected Page<CentreChange> historyPage(int first, int max) {
        return myRecord.history(first, max);
    }

    @Override
    public boolean isContactsEditable() {
        return currentUser.isCentreAdmin();
    }

    @Override
    protected Centre saveFields(String email, String phone, String website) throws PortalException {
        return myRecord.changeContactFields(email, phone, website);
    }

    @Override
    protected Centre saveContact(Long contactId, ContactDraft draft) throws PortalException {
        return contactId == null ? myRecord.addContact(draft) : myRecord.changeContact(contactId, draft);
    }

    @Override
    protected Centre deleteContact(long contactId) throws PortalException {
        return myRecord.removeContact(contactId);
    }

    public List<MembershipFee> getFees() {
        return fees;
    }
}
