package si.mama.portal.launcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A local mail catcher (GreenMail, in the launcher's JVM): the portal sends every mail to its SMTP port, and nothing
 * leaves the machine. A person reads what arrived on its web page (GreenMail's REST API with its own API browser):
 * {@code GET /api/user/<address>/messages/} lists one person's mails. The browser tests read it directly.
 */
public final class MailCatcher implements AutoCloseable {

    /** Jersey (inside GreenMail's API) warns about optional features it does without; kept quiet on the console. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private final Settings settings;
    private GreenMail greenMail;
    /** GreenMail's API server; its type is package-private in GreenMail, so it is started and stopped reflectively. */
    private Object api;

    MailCatcher(Settings settings) {
        this.settings = settings;
    }

    void start() {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        Ports.requireFree(settings.mailPort(), "the mail catcher (SMTP)", "portal.mail.port");
        Ports.requireFree(settings.mailWebPort(), "the mail catcher's web page", "portal.mail.web-port");
        ServerSetup[] setups = {new ServerSetup(settings.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)};
        GreenMailConfiguration configuration = GreenMailConfiguration.aConfig();
        try {
            greenMail = new GreenMail(setups);
            greenMail.withConfiguration(configuration);
            greenMail.start();
            Properties api = new Properties();
            api.setProperty(GreenMailApiServerBuilder.GREENMAIL_API_HOSTNAME, "127.0.0.1");
            api.setProperty(GreenMailApiServerBuilder.GREENMAIL_API_PORT, Integer.toString(settings.mailWebPort()));
            this.api = new GreenMailApiServerBuilder().configure(api).withGreenMail(greenMail, setups, configuration).build();
            invoke(this.api, "start");
        } catch (RuntimeException e) {
            close();
            throw new StartupFailure("The mail catcher did not start: " + e.getMessage(), e);
        }
    }

    /** Every mail received so far. */
    public List<MimeMessage> received() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    private static void invoke(Object target, String method) {
        try {
            Method call = target.getClass().getMethod(method);
            call.setAccessible(true);
            call.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("GreenMail API server: " + method + " failed", e);
        }
    }

    /** The mails received for {@code address} so far. */
    public List<MimeMessage> receivedBy(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /** Waits until {@code count} mails reached {@code address}, or {@code timeout} passed; returns what arrived. */
    public List<MimeMessage> await(String address, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && System.nanoTime() < end) {
            Thread.sleep(200);
            received = receivedBy(address);
        }
        return received;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (api != null) {
            try {
                invoke(api, "stop");
            } catch (RuntimeException e) {
                System.err.println("While stopping the mail catcher's web page: " + e.getMessage());
            }
            api = null;
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
