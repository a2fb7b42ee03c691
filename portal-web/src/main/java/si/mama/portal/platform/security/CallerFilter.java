package si.mama.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import si.mama.portal.centre.boundary.Centres;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Fills {@link CurrentUser} from the signed-in caller at the start of every request, and writes one access
 * log line per request with the user and centre. The caller is resolved whenever the identity token changes
 * (roles from the container, the centre from the token's {@code organization} claim) and kept in the session
 * meanwhile, so a changed membership in Keycloak takes effect with the next token refresh.
 */
@WebFilter(filterName = "caller", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CallerFilter extends HttpFilter {

    private static final Logger ACCESS = Logger.getLogger("si.mama.portal.access");
    private static final String SESSION_KEY = Caller.class.getName();
    private static final String TOKEN_KEY = SESSION_KEY + ".token";

    @Inject
    CurrentUser currentUser;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    Centres centres;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        Principal principal = request.getUserPrincipal();
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        if (principal != null) {
            // an error page uses what is known already: it must render even when the database is down
            (error ? cachedCaller(request, principal) : Optional.of(callerFor(request, principal)))
                    .ifPresent(currentUser::signIn);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            // a request the container refused (e.g. 403) reaches this filter only as its error page
            if (!error || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
                logAccess(request, response, start);
            }
        }
    }

    /** The caller of this sign-in: rebuilt whenever the identity token changes (new login or refresh). */
    private Caller callerFor(HttpServletRequest request, Principal principal) {
        String token = identityToken();
        Optional<Caller> cached = cachedCaller(request, principal)
                .filter(caller -> token.equals(request.getSession().getAttribute(TOKEN_KEY)));
        if (cached.isPresent()) {
            return cached.get();
        }
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> request.isUserInRole(role.tokenName()))
                .collect(Collectors.toSet());
        Caller.CentreRef centre = roles.stream().anyMatch(Role::isCentre)
                ? Caller.linkedAlias(organizations()).flatMap(centres::linkedTo).orElse(null)
                : null;
        Caller caller = new Caller(principal.getName(), displayName().orElse(principal.getName()), roles, centre,
                verifiedEmail().orElse(null));
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_KEY, caller);
        session.setAttribute(TOKEN_KEY, token);
        ACCESS.info(() -> "signed in " + caller.username() + " as " + caller.kind() + " roles=" + caller.roles()
                + " centre=" + (caller.centre() == null ? "-" : caller.centre().alias()));
        return caller;
    }

    private static Optional<Caller> cachedCaller(HttpServletRequest request, Principal principal) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof Caller cached
                && principal.getName().equals(cached.username()) ? Optional.of(cached) : Optional.empty();
    }

    private String identityToken() {
        try {
            return openIdContext.getIdentityToken().getToken();
        } catch (RuntimeException noToken) {
            return "";
        }
    }

    private List<String> organizations() {
        try {
            return openIdContext.getIdentityToken().getJwtClaims().getArrayStringClaim("organization");
        } catch (RuntimeException noClaim) {
            return List.of();
        }
    }

    /** The e-mail address, only when Keycloak says it is verified: it links the user to their person record. */
    private Optional<String> verifiedEmail() {
        try {
            // the token was verified by the container; its payload is read here only for two standard claims
            String[] parts = openIdContext.getIdentityToken().getToken().split("\\.");
            try (JsonReader reader = Json.createReader(new StringReader(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
                JsonObject claims = reader.readObject();
                return claims.getBoolean("email_verified", false)
                        ? Optional.ofNullable(claims.getString("email", null)) : Optional.empty();
            }
        } catch (RuntimeException noClaim) {
            return Optional.empty();
        }
    }

    private Optional<String> displayName() {
        try {
            return openIdContext.getIdentityToken().getJwtClaims().getStringClaim("name");
        } catch (RuntimeException noClaim) {
            return Optional.empty();
        }
    }

    private void logAccess(HttpServletRequest request, HttpServletResponse response, long start) {
        if (request.getRequestURI().contains("/jakarta.faces.resource/") || !ACCESS.isLoggable(Level.INFO)) {
            return;
        }
        Object forwardedFrom = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwardedFrom == null ? request.getRequestURI() : forwardedFrom.toString();
        Caller caller = currentUser.caller();
        long millis = (System.nanoTime() - start) / 1_000_000;
        ACCESS.info(() -> String.format("%s %s %d %dms user=%s centre=%s", request.getMethod(), uri,
                response.getStatus(), millis, caller.username() == null ? "-" : caller.username(),
                caller.centre() == null ? "-" : caller.centre().alias()));
    }
}
