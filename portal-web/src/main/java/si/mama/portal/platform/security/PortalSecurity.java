package si.mama.portal.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in through Keycloak with the authorization-code flow (Jakarta Security 3). It sits on a CDI bean
 * because Payara ignores the definition on a servlet. The realm roles arrive in the {@code groups} claim;
 * after the callback {@link CallbackServlet} sends the browser to the page it first asked for, with a clean GET
 * (replaying the original request breaks Faces).
 * Provider, client and addresses come from {@link OidcSettings} (MicroProfile Config) through EL.
 */
@ApplicationScoped
@DeclareRoles({Role.OFFICE_ADMIN_NAME, Role.OFFICE_STAFF_NAME, Role.CENTRE_ADMIN_NAME, Role.CENTRE_STAFF_NAME})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}" + CallbackServlet.PATH,
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile", "organization"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcSettings.postLogoutUri}"))
public class PortalSecurity {
}
