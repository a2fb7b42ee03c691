package si.mama.portal.platform.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an idle HTTP session lasts ({@code portal.session.timeout-seconds}, default 30 minutes, as Keycloak's SSO
 * idle time), and when an idle page says so: a minute before the end, or a tenth of a short session before it (the
 * browser tests' 90 s session warns after 81 s, later than any of their waits for a mail).
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
        return 1000L * (seconds - Math.min(60, seconds / 10));
    }
}
