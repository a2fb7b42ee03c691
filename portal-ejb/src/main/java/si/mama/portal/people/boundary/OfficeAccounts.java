package si.mama.portal.people.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.identity.KeycloakAccount;
import si.mama.portal.platform.identity.PortalAccounts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The office admin's portal accounts: the office's own (invite, turn off and on) and each centre's (list, invite
 * a centre admin, turn off and on, make or unmake the centre admin). Every change is checked against where the
 * account belongs: an office account must hold an office role, a centre's account must be in that centre's
 * organization.
 */
@Stateless
public class OfficeAccounts {

    private static final Comparator<AccountRow> BY_NAME = Comparator.comparing(AccountRow::name, String.CASE_INSENSITIVE_ORDER);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalAccounts accounts;

    public boolean isManaged() {
        return accounts.isEnabled();
    }

    /** Everyone holding an office role. */
    public List<AccountRow> office() throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Map<String, AccountRow> rows = new LinkedHashMap<>();
        for (Role role : List.of(Role.OFFICE_ADMIN, Role.OFFICE_STAFF)) {
            for (KeycloakAccount account : accounts.holdersOf(role)) {
                rows.putIfAbsent(account.id(), row(account, role, isSelf(account)));
            }
        }
        return rows.values().stream().sorted(BY_NAME).toList();
    }

    public void inviteToOffice(String email, String firstName, String lastName, String language, Role role)
            throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        if (role == null || !role.isOffice()) {
            throw new PortalException("accounts.error.role", "role");
        }
        accounts.inviteToOffice(email, firstName, lastName, language, role);
    }

    public void setOfficeAccountEnabled(String userId, boolean enabled) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        boolean office = office().stream().anyMatch(row -> row.id().equals(userId));
        Optional<KeycloakAccount> found = office ? accounts.account(userId) : Optional.empty();
        KeycloakAccount account = found.orElseThrow(() -> new NotFoundException("Office account", userId));
        refuseSelf(account);
        accounts.setEnabled(account, enabled);
    }

    /** A centre's accounts (its Keycloak organization's members), centre admins first. */
    public List<AccountRow> ofCentre(long centreId) throws PortalException {
        currentUser.requireOffice();
        Centre centre = centre(centreId);
        Set<String> admins = accounts.holdersOf(Role.CENTRE_ADMIN).stream().map(KeycloakAccount::id).collect(Collectors.toSet());
        return accounts.membersOf(centre.getAlias()).stream()
                .map(account -> row(account, admins.contains(account.id()) ? Role.CENTRE_ADMIN : Role.CENTRE_STAFF, false))
                .sorted(Comparator.comparing(AccountRow::role).thenComparing(BY_NAME))
                .toList();
    }

    /** Invites a centre's admin into the centre's organization (e.g. the first account of a new member). */
    public void inviteCentreAdmin(long centreId, String email, String firstName, String lastName, String language)
            throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        accounts.invite(centre(centreId).getAlias(), email, firstName, lastName, language, Role.CENTRE_ADMIN);
    }

    public void setCentreAccountEnabled(long centreId, String userId, boolean enabled) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        KeycloakAccount account = centreMember(centreId, userId);
        refuseSelf(account);
        accounts.setEnabled(account, enabled);
    }

    /** Makes a centre's account its centre admin, or back to centre staff. */
    public void setCentreAdmin(long centreId, String userId, boolean admin) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        KeycloakAccount account = centreMember(centreId, userId);
        accounts.changeCentreRole(account, admin ? Role.CENTRE_ADMIN : Role.CENTRE_STAFF);
    }

    private KeycloakAccount centreMember(long centreId, String userId) throws PortalException {
        String alias = centre(centreId).getAlias();
        Optional<KeycloakAccount> account = accounts.account(userId);
        if (account.isPresent() && account.get().email() != null) {
            Optional<KeycloakAccount> member = accounts.memberOf(alias, account.get().email());
            if (member.isPresent() && member.get().id().equals(userId)) {
                return member.get();
            }
        }
        throw new NotFoundException("Account of centre " + centreId, userId);
    }

    private void refuseSelf(KeycloakAccount account) throws PortalException {
        if (isSelf(account)) {
            throw new PortalException("accounts.error.self", null);
        }
    }

    private boolean isSelf(KeycloakAccount account) {
        return account.username() != null && account.username().equalsIgnoreCase(currentUser.getUsername());
    }

    private Centre centre(long id) {
        Centre centre = em.find(Centre.class, id);
        if (centre == null) {
            throw new NotFoundException("Centre", id);
        }
        return centre;
    }

    private static AccountRow row(KeycloakAccount account, Role role, boolean self) {
        return new AccountRow(account.id(), account.displayName(), account.email(), role, PortalAccounts.stateOf(account),
                self);
    }
}
