package si.mama.portal.academy.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.mama.portal.academy.boundary.RegistrationChanged.What;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reminder before a training: everyone with a confirmed seat on a published training whose first session is
 * at most {@code portal.academy.reminder-days} (two by default) days ahead gets one mail, once. The job may run as
 * often as it likes, or miss a day: the outbox's key lets each reminder through exactly once, and a training that
 * comes into the window late (registered tomorrow for the day after) still gets its reminder.
 */
@Stateless
public class TrainingReminders {

    private static final Logger LOG = Logger.getLogger(TrainingReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    RegistrationMails mails;

    @Inject
    @ConfigProperty(name = "portal.academy.reminder-days", defaultValue = "2")
    int reminderDays;

    /** Queues the reminders due on {@code today}; returns how many were queued now. */
    public int queueDue(LocalDate today) {
        // every centre's registrations: the job runs for the network, past the tenant filter
        List<?> rows = em.createNativeQuery("select r.id, r.training_id from registration r"
                        + " join training t on t.id = r.training_id"
                        + " where r.status = 'CONFIRMED' and t.status = 'PUBLISHED'"
                        + " and (select min(s.session_date) from training_session s where s.training_id = t.id)"
                        + " between ? and ?")
                .setParameter(1, today.plusDays(1))
                .setParameter(2, today.plusDays(reminderDays))
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getResultList();
        int queued = 0;
        for (Object row : rows) {
            Object[] ids = (Object[]) row;
            if (mails.tell(((Number) ids[0]).longValue(), ((Number) ids[1]).longValue(), What.REMINDER)) {
                queued++;
            }
        }
        int total = queued;
        LOG.fine(() -> "Training reminders for " + today + ": " + total + " queued");
        return queued;
    }
}
