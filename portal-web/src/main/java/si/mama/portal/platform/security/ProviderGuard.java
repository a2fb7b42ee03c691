package si.mama.portal.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the portal usable while Keycloak is away. Someone who is not signed in and opens a page that needs a sign-in
 * is sent to {@code /public/signin-unavailable}, which says so in their language, instead of to a Keycloak that does
 * not answer (the browser's "cannot reach the site") or to an error page. A signed-in user whose token is due for a
 * refresh just then keeps working on their session; the token is refreshed on a later request, once Keycloak is back.
 * <p>
 * It also tells the container the signed-in caller's groups (the token's {@code groups}) on every request, not only at
 * sign-in: the container keeps them beside the session, not in it, so on the node a session moved to the caller would
 * arrive without roles and every page would answer 403. For the same reason it keeps the tokens in the session after
 * every request and fills the new, empty OpenID context of the node a session arrived at from there
 * ({@link ReplicableOpenIdContext}); the mechanism would otherwise fail on a signed-in caller without tokens.
 */
@ProviderGuarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 500)
public class ProviderGuard {

    /** The claim the realm puts the caller's roles in (PortalSecurity's callerGroupsClaim). */
    private static final String GROUPS_CLAIM = "groups";
    public static final String UNAVAILABLE_PAGE = "/public/signin-unavailable";
    private static final Logger LOG = Logger.getLogger(ProviderGuard.class.getName());

    @Inject
    SignInService signIn;

    @Inject
    OpenIdContext openId;

    /** The caller's groups from the access token, else from the identity token (as the mechanism reads them). */
    private Set<String> groups() {
        try {
            for (JwtClaims claims : new JwtClaims[]{openId.getAccessToken().getJwtClaims(), openId.getIdentityToken().getJwtClaims()}) {
                List<String> groups = claims.getArrayStringClaim(GROUPS_CLAIM);
                if (!groups.isEmpty()) {
                    return new HashSet<>(groups);
                }
            }
        } catch (RuntimeException noToken) {
            // no tokens in this context: leave the groups as the mechanism left them
        }
        return Set.of();
    }

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if (!"validateRequest".equals(invocation.getMethod().getName()) || arguments.length != 3
                || !(arguments[0] instanceof HttpServletRequest request) || !(arguments[2] instanceof HttpMessageContext context)) {
            return invocation.proceed();
        }
        boolean signedIn = request.getUserPrincipal() != null;
        if (!signedIn && context.isProtected() && !signIn.answers()) {
            LOG.warning(() -> "Keycloak does not answer: " + request.getRequestURI() + " gets the sign-in-unavailable page");
            return context.redirect(request.getContextPath() + UNAVAILABLE_PAGE);
        }
        if (signedIn && openId.getAccessToken() == null
                && !ReplicableOpenIdContext.restore(openId, request.getSession(false))) {
            // a session without its tokens (it came from a node that died before it wrote them): sign in afresh
            LOG.warning(() -> request.getUserPrincipal().getName() + "'s session has no tokens here: signing in again");
            request.getSession().invalidate();
            return context.redirect(request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        try {
            Object result = invocation.proceed();
            ReplicableOpenIdContext.save(openId, request.getSession(false));
            if (signedIn && result == AuthenticationStatus.SUCCESS) {
                Set<String> groups = groups();
                if (!groups.isEmpty()) {
                    return context.notifyContainerAboutLogin(request.getUserPrincipal().getName(), groups);
                }
            }
            return result;
        } catch (RuntimeException refreshFailed) {
            if (signedIn && !signIn.answers()) {
                LOG.log(Level.WARNING, "Keycloak does not answer; " + request.getUserPrincipal().getName()
                        + " keeps the session, the token is refreshed once it is back", refreshFailed);
                return AuthenticationStatus.SUCCESS;
            }
            throw refreshFailed;
        }
    }
}
