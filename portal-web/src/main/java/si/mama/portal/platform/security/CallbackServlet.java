package si.mama.portal.platform.security;

import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Keycloak's redirect target. The authentication mechanism has already exchanged the code when this runs; we send
 * the browser on with a GET (never a replay of the original request, which breaks Faces), so the address bar never
 * keeps {@code code} and {@code state}: to the page first asked for, e.g. a bookmarked {@code /surveys/answer?id=3}
 * or the page an ended session reloads, else to the landing page. An answer without a sign-in (e.g.
 * {@code error=access_denied}) gets the sign-in-failed page, never a loop.
 */
@WebServlet(CallbackServlet.PATH)
public class CallbackServlet extends HttpServlet {

    public static final String PATH = "/auth/callback";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/public/signin-failed");
            return;
        }
        response.sendRedirect(askedFor(request).orElse(request.getContextPath() + "/"));
    }

    /**
     * The page that sent the browser to sign in, which the OpenID mechanism keeps in the session; taken once, and
     * only as a path of this application (path and query, never another host), and only a page: not a sign-in or
     * sign-out address, nor a resource.
     */
    static Optional<String> askedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST) instanceof String original)) {
            return Optional.empty();
        }
        session.removeAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        return localPage(original, request.getContextPath());
    }

    static Optional<String> localPage(String original, String contextPath) {
        try {
            URI uri = new URI(original);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.contains("//") || path.contains("/../")
                    || path.startsWith(contextPath + "/auth/") || path.startsWith(contextPath + "/jakarta.faces.resource/")
                    || lastSegment(path).contains(".") && !path.endsWith(".xhtml")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
