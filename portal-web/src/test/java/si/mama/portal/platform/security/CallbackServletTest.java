package si.mama.portal.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After signing in, the browser goes back to the page it asked for, and only to a page of this application. */
class CallbackServletTest {

    @Test
    void thePageAskedForKeepsItsQuery() {
        assertEquals(Optional.of("/surveys/answer?id=3"),
                CallbackServlet.localPage("http://localhost:8080/surveys/answer?id=3", ""));
        assertEquals(Optional.of("/portal/plan?year=2021&version=2"),
                CallbackServlet.localPage("https://portal.example.org/portal/plan?year=2021&version=2", "/portal"));
        assertEquals(Optional.of("/"), CallbackServlet.localPage("http://localhost:8080/", ""));
    }

    @Test
    void onlyPagesOfThisApplicationAreReturnedTo() {
        assertEquals(Optional.empty(), CallbackServlet.localPage("http://localhost:8080//evil.example/x", ""));
        assertEquals(Optional.empty(), CallbackServlet.localPage("http://localhost:8080/other/page", "/portal"));
        assertEquals(Optional.empty(), CallbackServlet.localPage("http://localhost:8080/auth/logout", ""));
        assertEquals(Optional.empty(), CallbackServlet.localPage("http://localhost:8080/favicon.ico", ""));
        assertEquals(Optional.empty(),
                CallbackServlet.localPage("http://localhost:8080/jakarta.faces.resource/portal/portal.js", ""));
        assertEquals(Optional.empty(), CallbackServlet.localPage("not an address at all", ""));
    }
}
