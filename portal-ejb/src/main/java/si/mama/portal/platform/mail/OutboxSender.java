package si.mama.portal.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox, in small batches: each mail is claimed in a short transaction, sent with no
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

    /** The longest a run keeps taking batches, so a large backlog drains without runs piling up. */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(60);

    /**
     * One run: sends the due mails, batch after batch while batches come full, for at most a minute. When the SMTP
     * server cannot be reached the run stops at the first such failure: the mails not tried stay due for the next run.
     * Returns how many mails were delivered to the SMTP server.
     */
    public int sendDue() {
        long end = System.nanoTime() + RUN_BUDGET.toNanos();
        int delivered = 0;
        List<Long> batch;
        do {
            batch = store.due(Instant.now(), settings.batchSize());
            for (long id : batch) {
                Optional<OutboxStore.Claimed> claimed = store.claim(id, Instant.now());
                if (claimed.isEmpty()) {
                    continue;
                }
                Outcome outcome = send(claimed.get());
                if (outcome == Outcome.SENT) {
                    delivered++;
                } else if (outcome == Outcome.SERVER_UNREACHABLE) {
                    return delivered;
                }
            }
        } while (batch.size() == settings.batchSize() && System.nanoTime() < end);
        return delivered;
    }

    private enum Outcome { SENT, FAILED, SERVER_UNREACHABLE }

    private Outcome send(OutboxStore.Claimed mail) {
        try {
            transport.send(mail);
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipient() + " not sent: " + error);
            store.failed(mail.id(), error, Instant.now());
            return unreachable(e) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
        }
        store.sent(mail.id(), Instant.now());
        return Outcome.SENT;
    }

    /** The SMTP server was not reached at all (refused, unknown, timed out), rather than refusing this one mail. */
    private static boolean unreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
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
