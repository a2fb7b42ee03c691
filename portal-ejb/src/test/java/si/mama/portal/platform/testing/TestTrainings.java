package si.mama.portal.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.entity.TrainingDetails;
import si.mama.portal.academy.entity.TrainingFormat;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Trainings for a test, made through the {@link Trainings} boundary as the office admin; whoever was signed in
 * before is signed in again afterwards. Titles are unique, so a test owns its trainings in the shared database.
 * <p>
 * The boundary has no cancel() or complete() yet (the entity has both): {@link #cancel} and {@link #complete}
 * set the status over JDBC instead, as the office will once those boundary methods exist.
 */
@ApplicationScoped
public class TestTrainings {

    /** Years that only the measures tests use (a training's year is at most 2100). */
    public static final int FIRST_MEASURE_YEAR = 2090;
    public static final int LAST_MEASURE_YEAR = 2100;

    @Inject
    Trainings trainings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyTables tables;

    private final Set<Integer> reserved = new HashSet<>();
    private final Random random = new Random();

    /** A published training of this year, registration open for a month. */
    public long published(String label, int capacity, Integer centreQuota) {
        return published(PortalClock.today().getYear(), label, capacity, centreQuota, PortalClock.today().plusDays(30));
    }

    public long published(int year, String label, int capacity, Integer centreQuota, LocalDate deadline) {
        long id = draft(year, label, capacity, centreQuota, deadline);
        asOfficeAdmin(() -> {
            try {
                return trainings.publish(id);
            } catch (PortalException e) {
                throw new IllegalStateException("Cannot publish training " + id + ": " + e.messageKey(), e);
            }
        });
        return id;
    }

    /** A draft of this year with one session, registration open for a month (were it published). */
    public long draft(String label, int capacity, Integer centreQuota) {
        return draft(PortalClock.today().getYear(), label, capacity, centreQuota, PortalClock.today().plusDays(30));
    }

    public long draft(int year, String label, int capacity, Integer centreQuota, LocalDate deadline) {
        String title = "IT " + label + " " + UUID.randomUUID().toString().substring(0, 8);
        TrainingDetails details = new TrainingDetails(year, title, "Usposabljanje za integracijske teste.", "test",
                null, TrainingFormat.ON_SITE, "Celje", capacity, centreQuota, deadline);
        long id = asOfficeAdmin(() -> trainings.create(details)).getId();
        asOfficeAdmin(() -> {
            try {
                return trainings.addSession(id, deadline.plusDays(7), LocalTime.of(9, 0), LocalTime.of(15, 0), null);
            } catch (PortalException e) {
                throw new IllegalStateException("Cannot add a session to training " + id + ": " + e.messageKey(), e);
            }
        });
        return id;
    }

    public void addTrainer(long trainingId, String name, boolean externalExpert) {
        asOfficeAdmin(() -> trainings.addTrainer(trainingId, name, externalExpert));
    }

    /** Calls the training off: over JDBC, the boundary has no cancel() yet. */
    public void cancel(long trainingId) {
        tables.setStatus(trainingId, "CANCELLED");
    }

    /** Marks a published training as held: over JDBC, the boundary has no complete() yet. */
    public void complete(long trainingId) {
        if (!"PUBLISHED".equals(tables.training(trainingId).status())) {
            throw new IllegalStateException("Only a published training is held");
        }
        tables.setStatus(trainingId, "COMPLETED");
    }

    /** Lets the registration deadline pass (it was yesterday), e.g. once people are registered. */
    public void closeRegistration(long trainingId) {
        tables.setDeadline(trainingId, PortalClock.today().minusDays(1));
    }

    /**
     * A year from {@value #FIRST_MEASURE_YEAR} to {@value #LAST_MEASURE_YEAR} that no other test of this build
     * was given. Earlier builds may have left trainings in it: measure tests count what they add.
     */
    public synchronized int measureYear() {
        if (reserved.size() > LAST_MEASURE_YEAR - FIRST_MEASURE_YEAR) {
            throw new IllegalStateException("This build has used every measure year");
        }
        int year;
        do {
            year = FIRST_MEASURE_YEAR + random.nextInt(LAST_MEASURE_YEAR - FIRST_MEASURE_YEAR + 1);
        } while (!reserved.add(year));
        return year;
    }

    private <T> T asOfficeAdmin(Supplier<T> work) {
        Caller before = currentUser.caller();
        currentUser.signIn(Callers.officeAdmin());
        try {
            return work.get();
        } finally {
            currentUser.signIn(before);
        }
    }
}
