package si.mama.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where and how the outbox sends mail, from MicroProfile Config ({@code portal.mail.*}, or {@code PORTAL_MAIL_*}
 * environment variables). The defaults are the run command's local mail catcher; the README lists every setting.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "portal.mail.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "3025")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "akademija@mreza-mama.si")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.from-name", defaultValue = "Mreža MaMa")
    String fromName;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.mail.interval-seconds", defaultValue = "15")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.batch-size", defaultValue = "20")
    int batchSize;

    /** The portal's address as users reach it, without a trailing slash: links in mails start with it. */
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The network's address: the sender of every mail and the organizer of every calendar invitation. */
    public String from() {
        return from;
    }

    public String fromName() {
        return fromName;
    }

    /** The SMTP user, when the server wants one. */
    public Optional<String> user() {
        return user.filter(value -> !value.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean starttls() {
        return starttls;
    }

    /** How often the job looks for due mail. */
    public int intervalSeconds() {
        return Math.max(1, intervalSeconds);
    }

    /** How many due mails one run of the job takes at most. */
    public int batchSize() {
        return Math.max(1, batchSize);
    }
}
