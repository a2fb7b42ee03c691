package si.mama.portal.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox, a small batch per run: each mail is claimed in a short transaction, sent with no
 * transaction open, and marked sent or failed in another. A failure is counted on the mail and retried later with
 * back-off; it never stops the other mails of the batch. Several servers may run this at once: a claim is exclusive.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    OutboxStore store;

    @Inject
    SmtpTransport transport;

    @Inject
    MailSettings settings;

    /** One run: sends every due mail of one batch; returns how many were delivered to the SMTP server. */
    public int sendDue() {
        int delivered = 0;
        for (long id : store.due(Instant.now(), settings.batchSize())) {
            Optional<OutboxStore.Claimed> claimed = store.claim(id, Instant.now());
            if (claimed.isPresent() && send(claimed.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(OutboxStore.Claimed mail) {
        try {
            transport.send(mail);
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipient() + " not sent: " + error);
            store.failed(mail.id(), error, Instant.now());
            return false;
        }
        store.sent(mail.id(), Instant.now());
        return true;
    }

    /** The error and its causes in one line, e.g. "MailConnectException: Couldn't connect … ← ConnectException: …". */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < 1000; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
