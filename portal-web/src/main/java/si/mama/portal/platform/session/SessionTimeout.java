package si.mama.portal.platform.session;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every new HTTP session the configured idle timeout (web.xml's 30 minutes are only the fallback), so
 * the browser tests can let a session end within a minute or two.
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    SessionSettings settings;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(settings.getTimeoutSeconds());
    }
}
