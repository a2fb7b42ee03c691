package si.mama.portal.platform.testing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import si.mama.portal.academy.boundary.Registrations;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.Outbox;

import java.util.List;

/** Transactions around the outbox that only a test makes: one that rolls back, one that queues twice. */
@Stateless
public class MailTransactions {

    /** Thrown after the registration, so its transaction rolls back. */
    public static class RolledBack extends RuntimeException {
        public RolledBack() {
            super("rolled back on purpose");
        }
    }

    @Inject
    Registrations registrations;

    @Inject
    Outbox outbox;

    /** Registers, then fails: nothing of it may remain, neither the registration nor its mail. */
    public void registerThenFail(long trainingId, List<Long> personIds) throws PortalException {
        registrations.register(trainingId, personIds);
        throw new RolledBack();
    }

    /** Queues the same mail twice in one transaction; returns what each call answered. */
    public List<Boolean> queueTwice(String dedupeKey, ComposedMail mail) {
        return List.of(outbox.queue(dedupeKey, mail), outbox.queue(dedupeKey, mail));
    }
}
