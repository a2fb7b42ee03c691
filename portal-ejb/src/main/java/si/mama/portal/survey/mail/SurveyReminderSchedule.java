package si.mama.portal.survey.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import si.mama.portal.platform.time.PortalClock;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks every hour for questionnaires that close soon and reminds the centres that have not submitted. Running
 * often is harmless: each centre gets the closing reminder once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class SurveyReminderSchedule {

    private static final Logger LOG = Logger.getLogger(SurveyReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SurveyReminders reminders;

    private ScheduledFuture<?> runs;

    @PostConstruct
    void start() {
        runs = executor.scheduleWithFixedDelay(this::run, 2, 60, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            int queued = reminders.queueClosingReminders(PortalClock.today());
            if (queued > 0) {
                LOG.info(() -> "Questionnaire closing reminders queued: " + queued);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Questionnaire reminders failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
