package si.mama.portal.platform.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A GreenMail SMTP server inside the test's Payara Micro, on the port the portal sends to ({@code portal.mail.port},
 * a free port the build reserved and {@link TestDeployment} hands to the portal). Tests read the mails it received,
 * and stop it to play an SMTP outage.
 */
@ApplicationScoped
public class TestMailServer {

    @Inject
    @ConfigProperty(name = "portal.mail.port")
    int port;

    private GreenMail server;

    /** Starts the server unless it runs. */
    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server (it forgets what it received): the portal's SMTP server is down. */
    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received for {@code address} so far. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /** Waits until {@code count} mails reached {@code address}; fails after {@code timeout}. */
    public List<MimeMessage> await(String address, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && System.nanoTime() < end) {
            Thread.sleep(100);
            received = receivedBy(address);
        }
        if (received.size() < count) {
            throw new AssertionError(count + " mail(s) expected for " + address + " within " + timeout + ", got "
                    + received.size());
        }
        return received;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
