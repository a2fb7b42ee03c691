package si.mama.portal.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keycloak's redirect target. The authentication mechanism has already exchanged the code when this runs;
 * we only send the browser to the landing page, so the address bar never keeps {@code code} and {@code state}.
 * An answer without a sign-in (e.g. {@code error=access_denied}) gets the sign-in-failed page, never a loop.
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
        response.sendRedirect(request.getContextPath() + "/");
    }
}
