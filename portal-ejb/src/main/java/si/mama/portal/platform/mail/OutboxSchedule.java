package si.mama.portal.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link OutboxSender} every {@code portal.mail.interval-seconds} (15 s by default) from the portal's start on,
 * on a managed executor rather than an EJB timer: no timer store is needed, and a run that fails is logged and the
 * next one comes all the same.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSender sender;

    @Inject
    MailSettings settings;

    private ScheduledFuture<?> runs;

    @PostConstruct
    void start() {
        int interval = settings.intervalSeconds();
        runs = executor.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.SECONDS);
        LOG.info(() -> "Mail outbox: sending every " + interval + " s through " + settings.host() + ":" + settings.port());
    }

    private void run() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox run failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
