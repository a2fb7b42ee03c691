package si.mama.portal.centre.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.control.MembershipLog;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.CentreChange;
import si.mama.portal.centre.entity.MembershipRuleViolation;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.RecordSnapshot;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.time.LocalDate;

/**
 * The office's membership records (evidenca članstva) of every centre: the profile, the membership status by dated
 * periods, the contacts, admitting a new centre, and each record's change history. Office staff read; only the
 * office admin writes. Every change goes through {@link MembershipLog}.
 */
@Stateless
public class MembershipRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    MembershipLog log;

    @Inject
    Event<CentreAdmitted> admitted;

    /** A centre's record with its periods and contacts. */
    public Centre record(long centreId) {
        currentUser.requireOffice();
        return loaded(centre(centreId));
    }

    public Page<CentreChange> history(long centreId, int first, int max) {
        currentUser.requireOffice();
        return log.of(centre(centreId).getId(), first, max);
    }

    public Centre changeProfile(long centreId, long version, ProfileDraft draft) throws PortalException {
        Centre centre = forChange(centreId);
        if (centre.getVersion() != version) {
            throw new PortalException("membership.error.changedMeanwhile", null, centre.getName());
        }
        log.change(centre, c -> {
            draft.applyTo(c, PortalClock.today());
            return c;
        });
        return loaded(centre);
    }

    /** The membership changes from a date on (see {@link Centre#changeMembership}). */
    public Centre changeStatus(long centreId, MembershipStatus status, LocalDate from, String note)
            throws PortalException {
        Centre centre = forChange(centreId);
        log.change(centre, c -> c.changeMembership(status, from, note, PortalClock.today()));
        return loaded(centre);
    }

    public Centre changeContactFields(long centreId, String email, String phone, String website) throws PortalException {
        return RecordContacts.changeFields(log, forChange(centreId), email, phone, website);
    }

    public Centre addContact(long centreId, ContactDraft draft) throws PortalException {
        return RecordContacts.add(log, forChange(centreId), draft);
    }

    public Centre changeContact(long centreId, long contactId, ContactDraft draft) throws PortalException {
        return RecordContacts.change(log, forChange(centreId), contactId, draft);
    }

    public Centre removeContact(long centreId, long contactId) throws PortalException {
        return RecordContacts.remove(log, forChange(centreId), contactId);
    }

    /**
     * The office admin admits a centre to the network. In the same transaction {@link CentreAdmitted} is fired, so a
     * failing observer leaves no centre behind. A taken or malformed alias is refused next to its field.
     */
    public Centre admit(NewCentre entry) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        String alias;
        try {
            alias = Centre.normaliseAlias(entry.alias());
        } catch (IllegalArgumentException | NullPointerException notAnAlias) {
            throw new PortalException("membership.error.aliasInvalid", "alias");
        }
        if (!em.createNamedQuery("Centre.byAlias", Centre.class).setParameter("alias", alias).getResultList().isEmpty()) {
            throw new PortalException("membership.error.aliasTaken", "alias", alias);
        }
        if (entry.region() == null) {
            throw new PortalException("membership.error.required", "region");
        }
        Centre centre = MembershipLog.guard(() -> Centre.admit(alias, required(entry.name(), "name"),
                required(entry.municipality(), "municipality"), entry.region(), entry.status(), entry.from()));
        em.persist(centre);
        em.flush();
        log.keep(centre.getId(), new RecordSnapshot.FieldChange(RecordSnapshot.FIELD + "status", null, null,
                centre.getMembershipStatus().bundleKey()));
        try {
            admitted.fire(new CentreAdmitted(centre.getAlias(), centre.getName()));
        } catch (jakarta.enterprise.event.ObserverException failed) {
            if (failed.getCause() instanceof PortalException refusal) {
                throw refusal; // e.g. Keycloak did not answer: the centre is rolled back and the admin told why
            }
            throw failed;
        }
        return centre;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MembershipRuleViolation(field, "required");
        }
        return value;
    }

    private Centre forChange(long centreId) {
        currentUser.require(Role.OFFICE_ADMIN);
        return centre(centreId);
    }

    private Centre centre(long centreId) {
        Centre centre = em.find(Centre.class, centreId);
        if (centre == null) {
            throw new NotFoundException("Centre", centreId);
        }
        return centre;
    }

    /** Reads the periods and contacts while the transaction is open, for the page. */
    static Centre loaded(Centre centre) {
        centre.getPeriods();
        centre.getContacts();
        return centre;
    }
}
