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
        for (Registration registration : created) {
            changes.fire(new RegistrationChanged(registration.getId(), trainingId,
                    registration.getStatus() == RegistrationStatus.CONFIRMED
                            ? RegistrationChanged.What.CONFIRMED : RegistrationChanged.What.WAITLISTED));
        }
        return outcomes;
    }

    private RegistrationOutcome refusalFor(Training training, Person person) {
        if (!person.isActive()) {
            return new RegistrationOutcome(person, RegistrationOutcome.Kind.PERSON_INACTIVE, null);
        }
        if (!em.createNamedQuery("Registration.liveOfPerson", Registration.class)
                .setParameter("training", training).setParameter("person", person).getResultList().isEmpty()) {
            return new RegistrationOutcome(person, RegistrationOutcome.Kind.ALREADY_REGISTERED, null);
        }
        if (training.getCentreQuota() != null && holdingCount(training) >= training.getCentreQuota()) {
            return new RegistrationOutcome(person, RegistrationOutcome.Kind.QUOTA_REACHED, null);
        }
        return null;
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
        List<Long> trainingIds = em.createQuery("select r.training.id from Registration r where r.id = :id", Long.class)
                .setParameter("id", registrationId).getResultList();
        if (trainingIds.isEmpty()) {
            throw new NotFoundException("Registration", registrationId);
        }
        Training training = lockTraining(trainingIds.get(0));
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
