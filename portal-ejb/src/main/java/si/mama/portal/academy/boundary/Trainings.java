package si.mama.portal.academy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import si.mama.portal.academy.entity.AcademyRuleViolation;
import si.mama.portal.academy.entity.RegistrationListing;
import si.mama.portal.academy.entity.RegistrationStatus;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingDetails;
import si.mama.portal.academy.entity.TrainingSession;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.paging.Page;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * The academy's catalogue: every signed-in user reads the published trainings of a year; the office admin
 * prepares, publishes, cancels and completes them. Trainings are network data, not tenant-owned.
 */
@Stateless
public class Trainings {

    private static final List<TrainingStatus> VISIBLE = List.of(TrainingStatus.PUBLISHED, TrainingStatus.COMPLETED,
            TrainingStatus.CANCELLED);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<RegistrationChanged> changes;

    /**
     * One page of the year's catalogue as members see it, optionally narrowed by a text in the title, topic or
     * description: only the page shown is loaded, however many trainings the network offers.
     */
    public Page<Training> catalogue(int year, String text, int first, int max) {
        requireSignedIn();
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        String where = " where t.year = :year and t.status in :statuses"
                + " and (:text is null or lower(t.title) like :text or lower(t.topic) like :text"
                + " or lower(t.description) like :text)";
        TypedQuery<Training> rows = em.createQuery("select t from Training t" + where
                + " order by t.registrationDeadline, t.title, t.id", Training.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Training t" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("year", year)
                    .setParameter("statuses", currentUser.isOffice() ? List.of(TrainingStatus.values()) : VISIBLE)
                    .setParameter("text", pattern);
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    /**
     * The published trainings (cancelled ones too, so calendars learn of it) from {@code fromYear} on, with
     * their sessions: the public calendar feed. The catalogue is the network's public offer; no person is in it.
     */
    public List<Training> forCalendar(int fromYear) {
        List<Training> listed = em.createQuery("select t from Training t where t.year >= :year and t.status in :statuses"
                        + " order by t.registrationDeadline, t.title", Training.class)
                .setParameter("year", fromYear)
                .setParameter("statuses", List.of(TrainingStatus.PUBLISHED, TrainingStatus.CANCELLED, TrainingStatus.COMPLETED))
                .getResultList();
        listed.forEach(training -> training.getSessions().size());
        return listed;
    }

    /** The year's published catalogue with sessions and trainers loaded, for the printed catalogue. */
    public List<Training> printable(int year) {
        requireSignedIn();
        List<Training> published = em.createQuery("select t from Training t where t.year = :year and t.status in :statuses"
                        + " order by t.registrationDeadline, t.title", Training.class)
                .setParameter("year", year)
                .setParameter("statuses", List.of(TrainingStatus.PUBLISHED, TrainingStatus.COMPLETED))
                .getResultList();
        published.forEach(training -> training.getSessions().forEach(TrainingSession::getHours));
        published.forEach(training -> training.getTrainers().size());
        return published;
    }

    public Training find(long trainingId) {
        requireSignedIn();
        Training training = em.find(Training.class, trainingId);
        if (training == null || training.getStatus() == TrainingStatus.DRAFT && !currentUser.isOffice()) {
            throw new NotFoundException("Training", trainingId);
        }
        training.getSessions().size();
        training.getTrainers().size();
        return training;
    }

    public Training create(TrainingDetails details) {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = new Training(details);
        em.persist(training);
        em.flush();
        return training;
    }

    public Training addSession(long trainingId, LocalDate date, LocalTime startsAt, LocalTime endsAt, BigDecimal hours)
            throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        return change(training, () -> training.addSession(date, startsAt, endsAt, hours));
    }

    public Training addTrainer(long trainingId, String name, boolean externalExpert) {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        training.addTrainer(name, externalExpert);
        return training;
    }

    /** Saves an edit made on {@code version}; refuses when someone else saved in between. */
    public Training update(long trainingId, long version, TrainingDetails details) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        if (training.getVersion() != version) {
            throw new PortalException("academy.error.changedMeanwhile", null, training.getTitle());
        }
        return change(training, () -> training.update(details));
    }

    public Training removeSession(long trainingId, long sessionId) {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        training.getSessions().stream().filter(session -> session.getId() == sessionId).findFirst()
                .ifPresent(training::removeSession);
        return training;
    }

    public Training removeTrainer(long trainingId, long trainerId) {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        training.getTrainers().stream().filter(trainer -> trainer.getId() == trainerId).findFirst()
                .ifPresent(training::removeTrainer);
        return training;
    }

    public Training publish(long trainingId) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        return change(training, training::publish);
    }

    /**
     * Calls the training off; its registrations stay on record, and everyone still registered or waiting (of
     * every centre) is told, with the calendar invitation withdrawn.
     */
    public Training cancel(long trainingId) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = em.find(Training.class, trainingId, LockModeType.PESSIMISTIC_WRITE);
        if (training == null) {
            throw new NotFoundException("Training", trainingId);
        }
        change(training, training::cancel);
        participants(trainingId).stream()
                .filter(registration -> registration.getStatus() != RegistrationStatus.CANCELLED)
                .forEach(registration -> changes.fire(new RegistrationChanged(registration.getId(), trainingId,
                        RegistrationChanged.What.TRAINING_CANCELLED)));
        return training;
    }

    /** Marks the training as held: it then counts for the plan's indicators. */
    public Training complete(long trainingId) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        return change(training, training::complete);
    }

    /** Everyone registered for the training, from all centres: the office's participant list. */
    public List<RegistrationListing> participants(long trainingId) {
        currentUser.requireOffice();
        load(trainingId);
        return em.createNamedQuery("RegistrationListing.ofTraining", RegistrationListing.class)
                .setParameter("training", trainingId).getResultList();
    }

    private static Training change(Training training, Runnable change) throws PortalException {
        try {
            change.run();
            return training;
        } catch (AcademyRuleViolation violation) {
            throw PortalException.of(violation);
        }
    }

    /** The academy's topics: every topic a training has had, in alphabetical order (e.g. for a needs questionnaire). */
    public List<String> topics() {
        requireSignedIn();
        return em.createQuery("select distinct t.topic from Training t where t.topic is not null order by t.topic",
                String.class).getResultList();
    }

    /**
     * A draft training from a questionnaire's results: a topic centres asked for, with how many did. The office
     * completes it in the editor (sessions, trainers, capacity) before publishing.
     */
    public Training draftFromDemand(TrainingDetails details, int demandCount, String demandSource) {
        Training training = create(details);
        training.noteDemand(demandCount, demandSource);
        return training;
    }

    /** Years that have a catalogue, newest first. */
    public List<Integer> years() {
        requireSignedIn();
        return em.createQuery("select distinct t.year from Training t order by t.year desc", Integer.class).getResultList();
    }

    private Training load(long trainingId) {
        Training training = em.find(Training.class, trainingId);
        if (training == null) {
            throw new NotFoundException("Training", trainingId);
        }
        return training;
    }

    private void requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("The catalogue is for signed-in members");
        }
    }
}
