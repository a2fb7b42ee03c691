package si.mama.portal.academy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.academy.boundary.RegistrationOutcome;
import si.mama.portal.academy.boundary.Registrations;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.entity.Registration;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.centre.entity.StaffRequests;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.boundary.PersonQuery;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One training ({@code /academy/training?id=}): what, when, who leads it, the seats left; a centre admin
 * registers several of the centre's people in one step, sees each one's outcome, cancels, and approves or declines
 * what the staff asked for; a staff member asks to go (or, where the centre allows it, registers) themself.
 */
@Named
@ViewScoped
public class TrainingRegister implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_STAFF = 500;

    @Inject
    Trainings trainings;

    @Inject
    Registrations registrations;

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private Training training;
    private List<Registration> mine = List.of();
    private List<Person> staff = List.of();
    private Long[] selected = {};
    private List<RegistrationOutcome> outcomes = List.of();
    private Registration own;
    private StaffRequests staffRequests;
    private boolean callerIsPerson;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Training", "(no id)");
        }
        refresh();
    }

    private void refresh() {
        training = trainings.find(id);
        if (currentUser.isCentreUser()) {
            mine = registrations.ofTraining(id);
            own = registrations.mine(id).orElse(null);
            staffRequests = registrations.staffRequests();
            callerIsPerson = registrations.callerIsPerson();
        }
        if (isCanRegister()) {
            Set<Long> registered = mine.stream().filter(r -> r.getStatus().isLive())
                    .map(r -> r.getPerson().getId()).collect(Collectors.toSet());
            staff = people.list(PersonQuery.activeByName(), 0, MAX_STAFF).rows().stream()
                    .filter(person -> !registered.contains(person.getId())).toList();
        }
    }

    /** Centre admins register while the training is published and its deadline has not passed. */
    public boolean isCanRegister() {
        return currentUser.isCentreAdmin() && isOpen();
    }

    public boolean isOpen() {
        return training.getStatus() == TrainingStatus.PUBLISHED
                && !PortalClock.today().isAfter(training.getRegistrationDeadline());
    }

    /** A staff member (not the admin, who registers anyone) may ask for themself while the training is open. */
    public boolean isCanRequest() {
        return currentUser.isCentreUser() && !currentUser.isCentreAdmin() && isOpen() && own == null
                && callerIsPerson && staffRequests != StaffRequests.CLOSED;
    }

    public void request() {
        try {
            Registration registration = registrations.request(id);
            texts.info("academy.requested." + registration.getStatus().name(),
                    registration.getWaitlistPosition() == null ? 0 : registration.getWaitlistPosition());
        } catch (PortalException refusal) {
            texts.error(refusal, "requestForm");
        } finally {
            refresh();
        }
    }

    public void withdraw(long registrationId) {
        decide(() -> registrations.withdraw(registrationId), "academy.withdrawn", "requestForm");
    }

    public void approve(long registrationId) {
        decide(() -> registrations.approve(registrationId), "academy.approved", "registrationsForm");
    }

    public void decline(long registrationId) {
        decide(() -> registrations.decline(registrationId), "academy.declined", "registrationsForm");
    }

    @FunctionalInterface
    private interface Decision {
        Registration make() throws PortalException;
    }

    private void decide(Decision decision, String doneKey, String formId) {
        try {
            Registration registration = decision.make();
            texts.info(doneKey, registration.getPerson().getFullName());
        } catch (PortalException refusal) {
            texts.error(refusal, formId);
        } finally {
            outcomes = List.of();
            refresh();
        }
    }

    public void register() {
        try {
            outcomes = registrations.register(id, List.of(selected));
            selected = new Long[0];
            long registered = outcomes.stream().filter(outcome -> outcome.kind().isRegistered()).count();
            if (registered > 0) {
                texts.info("academy.registered", registered);
            }
        } catch (PortalException refusal) {
            texts.error(refusal, "registerForm");
        } finally {
            refresh();
        }
    }

    public void cancel(long registrationId) {
        try {
            Registration cancelled = registrations.cancel(registrationId);
            texts.info("academy.cancelled", cancelled.getPerson().getFullName());
        } catch (PortalException refusal) {
            texts.error(refusal, "registrationsForm");
        } finally {
            outcomes = List.of();
            refresh();
        }
    }

    /** The signed-in user's own live registration for this training, or {@code null}. */
    public Registration getOwn() {
        return own;
    }

    public StaffRequests getStaffRequests() {
        return staffRequests;
    }

    public boolean isCallerIsPerson() {
        return callerIsPerson;
    }

    public Training getTraining() {
        return training;
    }

    public List<Registration> getMine() {
        return mine;
    }

    public List<Person> getStaff() {
        return staff;
    }

    /** The people ticked for registration; an array, so Faces converts the ids to numbers. */
    public Long[] getSelected() {
        return selected.clone();
    }

    public void setSelected(Long[] selected) {
        this.selected = selected == null ? new Long[0] : selected.clone();
    }

    public List<RegistrationOutcome> getOutcomes() {
        return outcomes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
