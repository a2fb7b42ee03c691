package si.mama.portal.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.mama.portal.people.entity.AccountState;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.mail.MailSettings;
import si.mama.portal.platform.security.Role;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The account steps every boundary shares: invite into an organization (or into the office), find an
 * organization's account by e-mail, turn an account on or off. The boundaries decide who may ask for which
 * organization; this class makes sure an e-mail already used elsewhere is never taken over.
 */
@ApplicationScoped
public class PortalAccounts {

    /** A centre's organization id by its alias: neither changes while the centre exists, so it is asked for once. */
    private final java.util.Map<String, String> organizationIds = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    MailSettings mailSettings;

    @Inject
    @ConfigProperty(name = "portal.accounts.link-days", defaultValue = "7")
    int linkDays;

    @Inject
    @ConfigProperty(name = "portal.accounts.enabled", defaultValue = "true")
    boolean enabled;

    /**
     * Whether the portal manages Keycloak accounts at all (it needs the {@code portal-accounts} service account);
     * off, the account columns and actions are not shown and leaving a centre touches no account.
     */
    public boolean isEnabled() {
        return enabled;
    }

    public static AccountState stateOf(KeycloakAccount account) {
        if (!account.enabled()) {
            return AccountState.DISABLED;
        }
        return account.passwordPending() ? AccountState.INVITED : AccountState.ACTIVE;
    }

    public List<KeycloakAccount> membersOf(String alias) throws PortalException {
        if (!enabled) {
            return List.of();
        }
        return keycloak.members(organization(alias));
    }

    /** Everyone holding a realm role. */
    public List<KeycloakAccount> holdersOf(Role role) throws PortalException {
        return enabled ? keycloak.usersInRole(role.tokenName()) : List.of();
    }

    public Optional<KeycloakAccount> account(String userId) throws PortalException {
        return enabled ? keycloak.user(userId) : Optional.empty();
    }

    /** The account with this address, wherever it belongs; empty when there is none or accounts are off. */
    public Optional<KeycloakAccount> byEmail(String email) throws PortalException {
        return enabled ? keycloak.userByEmail(email) : Optional.empty();
    }

    /** The aliases of the organizations (centres) an account belongs to. */
    public List<String> organizationsOf(KeycloakAccount account) throws PortalException {
        return keycloak.organizationsOf(account.id());
    }

    /** The realm roles an account holds directly (the portal's and Keycloak's own). */
    public List<String> rolesOf(KeycloakAccount account) throws PortalException {
        return keycloak.realmRolesOf(account.id());
    }

    /** Deletes an account for good, with its sessions: the last step of erasing a person who left. */
    public void delete(KeycloakAccount account) throws PortalException {
        requireEnabled();
        keycloak.deleteUser(account.id());
    }

    /** A centre's account becomes its centre admin or centre staff: exactly one of the two centre roles. */
    public void changeCentreRole(KeycloakAccount account, Role role) throws PortalException {
        requireEnabled();
        Role other = role == Role.CENTRE_ADMIN ? Role.CENTRE_STAFF : Role.CENTRE_ADMIN;
        List<String> held = keycloak.realmRolesOf(account.id());
        if (!held.contains(role.tokenName())) {
            keycloak.grantRealmRole(account.id(), role.tokenName());
        }
        if (held.contains(other.tokenName())) {
            keycloak.revokeRealmRole(account.id(), other.tokenName());
        }
    }

    /** The account with this e-mail, only if it belongs to the organization. */
    public Optional<KeycloakAccount> memberOf(String alias, String email) throws PortalException {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<KeycloakAccount> account = keycloak.userByEmail(email);
        if (account.isEmpty() || !keycloak.organizationsOf(account.get().id()).contains(alias)) {
            return Optional.empty();
        }
        return account;
    }

    /**
     * Creates the account in the organization with the role and has Keycloak mail the set-password link; for an
     * invitation still pending in the same organization, sends the link again.
     */
    public void invite(String alias, String email, String firstName, String lastName, String language, Role role)
            throws PortalException {
        requireEnabled();
        String organizationId = organization(alias);
        Optional<KeycloakAccount> existing = keycloak.userByEmail(email);
        if (existing.isPresent()) {
            List<String> organizations = keycloak.organizationsOf(existing.get().id());
            if (!organizations.equals(List.of(alias))) {
                throw new PortalException("accounts.error.elsewhere", null, email);
            }
            resendPending(existing.get());
            return;
        }
        String userId = keycloak.createUser(email, firstName, lastName, language);
        try {
            keycloak.addMember(organizationId, userId);
            keycloak.grantRealmRole(userId, role.tokenName());
            sendLink(userId);
        } catch (PortalException failed) {
            keycloak.deleteUserQuietly(userId); // no half-made account: the invitation can simply be repeated
            throw failed;
        }
    }

    /** Invites a member of the network office: an account in no organization, with an office role. */
    public void inviteToOffice(String email, String firstName, String lastName, String language, Role role)
            throws PortalException {
        requireEnabled();
        Optional<KeycloakAccount> existing = keycloak.userByEmail(email);
        if (existing.isPresent()) {
            boolean office = keycloak.realmRolesOf(existing.get().id()).stream()
                    .anyMatch(name -> Role.fromTokenName(name).map(Role::isOffice).orElse(false));
            if (!office || !keycloak.organizationsOf(existing.get().id()).isEmpty()) {
                throw new PortalException("accounts.error.elsewhere", "email", email);
            }
            resendPending(existing.get());
            return;
        }
        String userId = keycloak.createUser(email, firstName, lastName, language);
        try {
            keycloak.grantRealmRole(userId, role.tokenName());
            sendLink(userId);
        } catch (PortalException failed) {
            keycloak.deleteUserQuietly(userId);
            throw failed;
        }
    }

    /** The organization of a new centre, created unless Keycloak has it already; nothing when accounts are off. */
    public void ensureOrganization(String alias, String name) throws PortalException {
        if (enabled) {
            keycloak.ensureOrganization(alias, name);
        }
    }

    public void setEnabled(KeycloakAccount account, boolean enabled) throws PortalException {
        if (account.enabled() != enabled) {
            keycloak.setEnabled(account.id(), enabled);
        }
    }

    private void requireEnabled() throws PortalException {
        if (!enabled) {
            throw new PortalException("accounts.error.off", null);
        }
    }

    private void resendPending(KeycloakAccount account) throws PortalException {
        if (!account.enabled()) {
            throw new PortalException("accounts.error.disabled", null, account.email());
        }
        if (!account.passwordPending()) {
            throw new PortalException("accounts.error.exists", null, account.email());
        }
        sendLink(account.id());
    }

    private void sendLink(String userId) throws PortalException {
        keycloak.sendSetPasswordMail(userId, mailSettings.portalUrl() + "/", Duration.ofDays(linkDays).toSeconds());
    }

    private String organization(String alias) throws PortalException {
        String known = organizationIds.get(alias);
        if (known != null) {
            return known;
        }
        String id = keycloak.organizationId(alias)
                .orElseThrow(() -> new PortalException("accounts.error.noOrganization", null, alias));
        organizationIds.put(alias, id);
        return id;
    }
}
