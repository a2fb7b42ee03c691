package si.mama.portal.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Signs out of the portal and of Keycloak: {@code request.logout()} lets the OpenID mechanism redirect
 * to Keycloak's end-session endpoint, which returns the browser to the signed-out page.
 */
@WebServlet(LogoutServlet.PATH)
public class LogoutServlet extends HttpServlet {

    public static final String PATH = "/auth/logout";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/public/signed-out");
        }
    }
}
