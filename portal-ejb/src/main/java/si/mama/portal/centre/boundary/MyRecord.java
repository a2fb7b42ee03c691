package si.mama.portal.centre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.control.MembershipLog;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.MembershipFee;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.List;

/**
 * A centre's own membership record: its people read it, its admin keeps the contact fields up to date (the centre's
 * e-mail, phone, website and contact people) and nothing else. Always the caller's own centre, never one by id.
 */
@Stateless
public class MyRecord {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Centres centres;

    @Inject
    MembershipLog log;

    public Centre mine() {
        return MembershipRecords.loaded(centres.mine());
    }

    public Page<CentreChange> history(int first, int max) {
        return log.of(currentUser.centreId(), first, max);
    }

    public List<MembershipFee> fees() {
        return em.createNamedQuery("MembershipFee.ofCentre", MembershipFee.class)
                .setParameter("centre", centres.mine()).getResultList();
    }

    public Centre changeContactFields(String email, String phone, String website) throws PortalException {
        return RecordContacts.changeFields(log, forChange(), email, phone, website);
    }

    public Centre addContact(ContactDraft draft) throws PortalException {
        return RecordContacts.add(log, forChange(), draft);
    }

    public Centre changeContact(long contactId, ContactDraft draft) throws PortalException {
        return RecordContacts.change(log, forChange(), contactId, draft);
    }

    public Centre removeContact(long contactId) throws PortalException {
        return RecordContacts.remove(log, forChange(), contactId);
    }

    private Centre forChange() {
        currentUser.require(Role.CENTRE_ADMIN);
        return centres.mine();
    }
}
