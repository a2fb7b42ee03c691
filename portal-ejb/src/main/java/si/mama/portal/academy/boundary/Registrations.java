package si.mama.portal.academy.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.control.Waitlist;
import si.mama.portal.academy.entity.AcademyRuleViolation;
import si.mama.portal.academy.entity.Registration;
import si.mama.portal.academy.entity.RegistrationStatus;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.StaffRequests;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A centre's registrations for trainings. Every registration and cancellation first locks the training's row,
 * so concurrent centres queue up on it: seats are never given twice, the waitlist is numbered 1..n in arrival
 * order, and a cancelled seat goes to the first in line. Runs under the tenant filter: a centre registers and
 * sees only its own people.
 */
@Stateless
@CentreScoped
public class Registrations {

    /** Seats first, then the waitlist in order, then requests, then the cancelled. */
    private static final List<RegistrationStatus> STATUS_ORDER = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED, RegistrationStatus.REQUESTED, RegistrationStatus.CANCELLED);

    private static final List<RegistrationStatus> HOLDING = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Waitlist waitlist;

    @Inject
    People people;

    @Inject
    Event<RegistrationChanged> changes;

    /**
     * Registers the centre's people for a training in one step. Each person gets a seat, a waitlist place, or
     * a reason why not (already registered, the centre's quota reached, no longer active); the training being
     * closed refuses the whole request.
     */
    public List<RegistrationOutcome> register(long trainingId, List<Long> personIds) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Training training = lockTraining(trainingId);
        rules(() -> training.requireOpen(PortalClock.today()));
        List<RegistrationOutcome> outcomes = new ArrayList<>();
        List<Registration> created = new ArrayList<>();
        for (long personId : personIds) {
            Person person = em.find(Person.class, personId);
            if (person == null) {
                throw new NotFoundException("Person", personId);
            }
            RegistrationOutcome refusal = refusalFor(training, person);
            if (refusal != null) {
                outcomes.add(refusal);
                continue;
            }
            Registration registration = new Registration(training, person, training.allocate(), currentUser.getUsername());
            em.persist(registration);
            em.flush(); // the next person's quota count sees this one
            created.add(registration);
            outcomes.add(new RegistrationOutcome(person, registration.getStatus() == RegistrationStatus.CONFIRMED
                    ? RegistrationOutcome.Kind.CONFIRMED : RegistrationOutcome.Kind.WAITLISTED,
                    registration.getWaitlistPosition()));
        }
        created.forEach(this::fireRegistered);
        return outcomes;
    }

    private RegistrationOutcome refusalFor(Training training, Person person) {
        return refusalFor(training, person, true);
    }

    private RegistrationOutcome refusalFor(Training training, Person person, boolean takesPlace) {
        if (!person.isActive()) {
            return new RegistrationOutcome(person, RegistrationOutcome.Kind.PERSON_INACTIVE, null);
        }
        if (!em.createNamedQuery("Registration.liveOfPerson", Registration.class)
                .setParameter("training", training).setParameter("person", person).getResultList().isEmpty()) {
            return new RegistrationOutcome(person, RegistrationOutcome.Kind.ALREADY_REGISTERED, null);
        }
        if (takesPlace && training.getCentreQuota() != null && holdingCount(training) >= training.getCentreQuota()) {
            return new RegistrationOutcome(person, RegistrationOutcome.Kind.QUOTA_REACHED, null);
        }
        return null;
    }

    /**
     * The signed-in staff member asks to go to a training. As the centre has set it: refused ({@code CLOSED}),
     * waiting for the centre admin ({@code APPROVAL}, the default), or registered at once under the same rules as
     * the admin's ({@code DIRECT}). The staff member is found among the centre's people by the verified e-mail
     * address they signed in with.
     */
    public Registration request(long trainingId) throws PortalException {
        currentUser.require(Role.CENTRE_STAFF, Role.CENTRE_ADMIN);
        Person person = callersPerson().orElseThrow(() -> new PortalException("academy.error.noPersonRecord", null));
        Centre centre = em.find(Centre.class, currentUser.centreId());
        if (centre.getStaffRequests() == StaffRequests.CLOSED) {
            throw new PortalException("academy.error.requestsClosed", null);
        }
        Training training = lockTraining(trainingId);
        rules(() -> training.requireOpen(PortalClock.today()));
        RegistrationOutcome refusal = refusalFor(training, person, centre.getStaffRequests() == StaffRequests.DIRECT);
        if (refusal != null) {
            throw new PortalException("academy.error." + refusal.kind().name(), null, person.getFullName());
        }
        if (centre.getStaffRequests() == StaffRequests.DIRECT) {
            Registration registration = new Registration(training, person, training.allocate(), currentUser.getUsername());
            em.persist(registration);
            em.flush();
            fireRegistered(registration);
            return registration;
        }
        Registration registration = Registration.requested(training, person, currentUser.getUsername());
        em.persist(registration);
        em.flush();
        changes.fire(new RegistrationChanged(registration.getId(), trainingId, RegistrationChanged.What.REQUESTED));
        return registration;
    }

    /**
     * The centre admin approves a staff member's request: it takes a seat or a waitlist place like any
     * registration, within the deadline and the centre's quota.
     */
    public Registration approve(long registrationId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Training training = lockTraining(trainingOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        if (!registration.isRequested()) {
            throw new PortalException("academy.error.notRequested", null);
        }
        rules(() -> training.requireOpen(PortalClock.today()));
        if (training.getCentreQuota() != null && holdingCount(training) >= training.getCentreQuota()) {
            throw new PortalException("academy.error.QUOTA_REACHED", null, registration.getPerson().getFullName());
        }
        registration.approve(training.allocate());
        em.flush();
        fireRegistered(registration);
        return registration;
    }

    /** The centre admin declines a staff member's request; the staff member is told. */
    public Registration decline(long registrationId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        lockTraining(trainingOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        if (!registration.isRequested()) {
            throw new PortalException("academy.error.notRequested", null);
        }
        rules(registration::cancel);
        em.flush();
        changes.fire(new RegistrationChanged(registrationId, registration.getTraining().getId(),
                RegistrationChanged.What.DECLINED));
        return registration;
    }

    /** A staff member takes back their own request before the admin decides. */
    public Registration withdraw(long registrationId) throws PortalException {
        currentUser.require(Role.CENTRE_STAFF, Role.CENTRE_ADMIN);
        lockTraining(trainingOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        Person person = callersPerson().orElseThrow(() -> new PortalException("academy.error.noPersonRecord", null));
        if (!registration.getPerson().equals(person) || !registration.isRequested()) {
            throw new PortalException("academy.error.notRequested", null);
        }
        rules(registration::cancel);
        return registration;
    }

    /** The signed-in user's own live registration for a training, if they have a person record and one. */
    public Optional<Registration> mine(long trainingId) {
        currentUser.require(Role.CENTRE_STAFF, Role.CENTRE_ADMIN);
        Training training = em.find(Training.class, trainingId);
        if (training == null) {
            throw new NotFoundException("Training", trainingId);
        }
        return callersPerson().flatMap(person -> em.createNamedQuery("Registration.liveOfPerson", Registration.class)
                .setParameter("training", training).setParameter("person", person).getResultStream().findFirst());
    }

    /** How the caller's centre lets its staff ask to be registered. */
    public StaffRequests staffRequests() {
        return em.find(Centre.class, currentUser.centreId()).getStaffRequests();
    }

    /** Whether the signed-in user is one of the centre's people (found by their verified e-mail address). */
    public boolean callerIsPerson() {
        return callersPerson().isPresent();
    }

    private Optional<Person> callersPerson() {
        return people.signedInPerson();
    }

    private void fireRegistered(Registration registration) {
        changes.fire(new RegistrationChanged(registration.getId(), registration.getTraining().getId(),
                registration.getStatus() == RegistrationStatus.CONFIRMED
                        ? RegistrationChanged.What.CONFIRMED : RegistrationChanged.What.WAITLISTED));
    }

    private long trainingOf(long registrationId) {
        List<Long> trainingIds = em.createQuery("select r.training.id from Registration r where r.id = :id", Long.class)
                .setParameter("id", registrationId).getResultList();
        if (trainingIds.isEmpty()) {
            throw new NotFoundException("Registration", registrationId);
        }
        return trainingIds.get(0);
    }

    /** The centre's registrations holding a seat or a waitlist place (the tenant filter keeps it to this centre). */
    private long holdingCount(Training training) {
        return em.createNamedQuery("Registration.liveCountOfCentre", Long.class)
                .setParameter("training", training)
                .setParameter("statuses", HOLDING)
                .getSingleResult();
    }

    /**
     * Cancels one of the centre's registrations until the deadline. A freed seat goes to the first on the
     * waitlist; a freed waitlist place moves those behind up.
     */
    public Registration cancel(long registrationId) throws PortalException {
        currentUser.require(Role.CENTRE_ADMIN);
        Training training = lockTraining(trainingOf(registrationId));
        Registration registration = em.find(Registration.class, registrationId);
        if (PortalClock.today().isAfter(training.getRegistrationDeadline())) {
            throw new PortalException("academy.error.cancelDeadlinePassed", null, training.getRegistrationDeadline());
        }
        Integer position = registration.getWaitlistPosition();
        RegistrationStatus was = rules(registration::cancel);
        em.flush(); // frees the unique waitlist position before the queue moves
        changes.fire(new RegistrationChanged(registrationId, training.getId(), RegistrationChanged.What.CANCELLED));
        if (was == RegistrationStatus.CONFIRMED && training.releaseSeat()) {
            waitlist.promoteFirst(training.getId()).ifPresent(promoted ->
                    changes.fire(new RegistrationChanged(promoted, training.getId(), RegistrationChanged.What.PROMOTED)));
        } else if (was == RegistrationStatus.WAITLISTED) {
            training.leaveWaitlist();
            waitlist.closeGap(training.getId(), position);
        }
        return registration;
    }

    /** The centre's registrations for one training, seats first, then the waitlist in order. */
    public List<Registration> ofTraining(long trainingId) {
        currentUser.require(Role.CENTRE_ADMIN, Role.CENTRE_STAFF);
        Training training = em.find(Training.class, trainingId);
        if (training == null) {
            throw new NotFoundException("Training", trainingId);
        }
        return em.createNamedQuery("Registration.ofTraining", Registration.class)
                .setParameter("training", training).getResultList().stream()
                .sorted(Comparator.comparing((Registration r) -> STATUS_ORDER.indexOf(r.getStatus()))
                        .thenComparing(r -> r.getWaitlistPosition() == null ? 0 : r.getWaitlistPosition()))
                .toList();
    }

    private Training lockTraining(long trainingId) {
        Training training = em.find(Training.class, trainingId, LockModeType.PESSIMISTIC_WRITE);
        if (training == null) {
            throw new NotFoundException("Training", trainingId);
        }
        return training;
    }

    @FunctionalInterface
    private interface Rule<T> {
        T apply();
    }

    private static <T> T rules(Rule<T> rule) throws PortalException {
        try {
            return rule.apply();
        } catch (AcademyRuleViolation violation) {
            throw PortalException.of(violation);
        }
    }

    private static void rules(Runnable rule) throws PortalException {
        rules(() -> {
            rule.run();
            return null;
        });
    }
}
