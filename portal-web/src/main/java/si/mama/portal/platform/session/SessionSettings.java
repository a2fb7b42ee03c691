package si.mama.portal.platform.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an idle HTTP session lasts ({@code portal.session.timeout-seconds}, default 30 minutes, as Keycloak's SSO
 * idle time), and when an idle page says so: a minute before the end, or halfway through a very short session.
 */
@Named
@ApplicationScoped
public class SessionSettings {

    static final int MIN_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "portal.session.timeout-seconds", defaultValue = "1800")
    int timeoutSeconds;

    /** The idle time after which the server forgets a session (never less than half a minute). */
    public int getTimeoutSeconds() {
        return Math.max(MIN_SECONDS, timeoutSeconds);
    }

    /** When an idle page warns that its session has ended, in milliseconds for {@code p:idleMonitor}. */
    public long getIdleWarningMillis() {
        int seconds = getTimeoutSeconds();
        return 1000L * Math.max(seconds / 2, seconds - 60);
    }
}
