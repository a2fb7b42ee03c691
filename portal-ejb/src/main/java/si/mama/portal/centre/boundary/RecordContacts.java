package si.mama.portal.centre.boundary;

import si.mama.portal.centre.control.MembershipLog;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.platform.error.PortalException;

/**
 * The contact changes the office admin and a centre's own admin both make, on a centre their boundary already
 * loaded and allowed: the centre's e-mail, phone and website, and its list of contact people.
 */
final class RecordContacts {

    private RecordContacts() {
    }

    static Centre changeFields(MembershipLog log, Centre centre, String email, String phone, String website)
            throws PortalException {
        log.change(centre, c -> {
            c.changeContact(email, phone, website);
            return c;
        });
        return MembershipRecords.loaded(centre);
    }

    static Centre add(MembershipLog log, Centre centre, ContactDraft draft) throws PortalException {
        log.change(centre, c -> c.addContactPerson(draft.role(), draft.name(), draft.email(), draft.phone()));
        return MembershipRecords.loaded(centre);
    }

    static Centre change(MembershipLog log, Centre centre, long contactId, ContactDraft draft) throws PortalException {
        log.change(centre, c -> c.changeContactPerson(contactId, draft.role(), draft.name(), draft.email(), draft.phone()));
        return MembershipRecords.loaded(centre);
    }

    static Centre remove(MembershipLog log, Centre centre, long contactId) throws PortalException {
        log.change(centre, c -> {
            c.removeContactPerson(contactId);
            return c;
        });
        return MembershipRecords.loaded(centre);
    }
}
