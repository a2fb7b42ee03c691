package si.mama.portal.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.people.entity.AccountState;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.identity.KeycloakAccount;
import si.mama.portal.platform.identity.PortalAccounts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A centre admin's portal accounts for the centre's own people: invite one (Keycloak creates the account in the
 * centre's organization and mails a link to set the password), turn one off when the person leaves, and on again.
 * Whatever Keycloak's service account could do, this boundary only ever touches accounts of the caller's own
 * organization, and only for people of the caller's own centre (loaded through the tenant filter).
 */
@Stateless
@CentreScoped
public class CentreAccounts {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalAccounts accounts;

    /** Whether this portal manages Keycloak accounts (off in a deployment without the service account). */
    public boolean isManaged() {
        return accounts.isEnabled();
    }

    /** The centre's accounts by lower-case e-mail. */
    public Map<String, AccountState> states() throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        return accounts.membersOf(ownAlias()).stream().filter(account -> account.email() != null)
                .collect(Collectors.toMap(account -> account.email().toLowerCase(Locale.ROOT), PortalAccounts::stateOf,
                        (first, second) -> first));
    }

    /** Invites an active person of the centre as centre staff; a pending invitation is sent again. */
    public Person invite(long personId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Person person = person(personId);
        if (!person.isActive()) {
            throw new PortalException("accounts.error.inactive", null, person.getFullName());
        }
        accounts.invite(ownAlias(), person.getEmail(), person.getFirstName(), person.getLastName(),
                person.getLanguage(), Role.CENTRE_STAFF);
        return person;
    }

    /** Turns the account of a person of the centre off (and ends their sessions). */
    public Person disable(long personId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Person person = person(personId);
        refuseSelf(person);
        KeycloakAccount account = accounts.memberOf(ownAlias(), person.getEmail())
                .orElseThrow(() -> new PortalException("accounts.error.noAccount", null, person.getFullName()));
        accounts.setEnabled(account, false);
        return person;
    }

    /** Turns the account of an active person of the centre on again. */
    public Person enable(long personId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Person person = person(personId);
        if (!person.isActive()) {
            throw new PortalException("accounts.error.inactive", null, person.getFullName());
        }
        KeycloakAccount account = accounts.memberOf(ownAlias(), person.getEmail())
                .orElseThrow(() -> new PortalException("accounts.error.noAccount", null, person.getFullName()));
        accounts.setEnabled(account, true);
        return person;
    }

    /** When a person leaves the centre, their account (if any) is turned off in the same step. */
    public void personLeft(Person person) throws PortalException {
        refuseSelf(person);
        var account = accounts.memberOf(ownAlias(), person.getEmail());
        if (account.isPresent() && account.get().enabled()) {
            accounts.setEnabled(account.get(), false);
        }
    }

    private void refuseSelf(Person person) throws PortalException {
        boolean self = currentUser.caller().verifiedEmail().map(email -> email.equalsIgnoreCase(person.getEmail()))
                .orElse(false);
        if (self) {
            throw new PortalException("accounts.error.self", null);
        }
    }

    /** A person of the caller's own centre: the tenant filter makes another centre's id not found. */
    private Person person(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        return person;
    }

    private String ownAlias() {
        currentUser.centreId(); // refuses a caller without a centre
        return currentUser.caller().centre().alias();
    }
}
