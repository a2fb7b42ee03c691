package si.mama.portal.academy.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import si.mama.portal.platform.time.PortalClock;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due training reminders every {@code portal.academy.reminder-interval-minutes} (an hour by default),
 * the first time a minute after the start. Running often is harmless: {@link TrainingReminders} queues each
 * reminder once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class TrainingReminderSchedule {

    private static final Logger LOG = Logger.getLogger(TrainingReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    TrainingReminders reminders;

    @Inject
    @ConfigProperty(name = "portal.academy.reminder-interval-minutes", defaultValue = "60")
    int intervalMinutes;

    private ScheduledFuture<?> runs;

    @PostConstruct
    void start() {
        runs = executor.scheduleWithFixedDelay(this::run, 1, intervalMinutes, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int queued = reminders.queueDue(PortalClock.today());
            if (queued > 0) {
                LOG.info(() -> "Training reminders queued: " + queued);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Training reminders failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
