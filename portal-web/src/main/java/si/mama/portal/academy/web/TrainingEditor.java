package si.mama.portal.academy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.entity.RegistrationListing;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingFormat;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The office's training editor ({@code /office/training?id=}, or without an id for a new one): the catalogue
 * entry, its sessions and trainers, publishing, and the participants from all centres.
 */
@Named
@ViewScoped
public class TrainingEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Trainings trainings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private Integer year;
    private Training training;
    private TrainingForm form;
    private List<RegistrationListing> participants = List.of();
    private LocalDate sessionDate;
    private LocalTime sessionStart = LocalTime.of(9, 0);
    private LocalTime sessionEnd = LocalTime.of(13, 0);
    private String trainerName;
    private boolean trainerExternal;

    public void load() {
        if (id == null) {
            form = TrainingForm.newFor(year == null ? PortalClock.today().getYear() : year);
            return;
        }
        reload();
    }

    private void reload() {
        training = trainings.find(id);
        form = TrainingForm.of(training);
        participants = trainings.participants(id);
    }

    public boolean isEditable() {
        return currentUser.has(Role.OFFICE_ADMIN)
                && (training == null || training.getStatus() == TrainingStatus.DRAFT
                || training.getStatus() == TrainingStatus.PUBLISHED);
    }

    public String save() {
        try {
            if (form.isNew()) {
                Training created = trainings.create(form.toDetails());
                texts.infoAfterRedirect("training.created", created.getTitle());
                return "/office/training?faces-redirect=true&id=" + created.getId();
            }
            trainings.update(id, form.getVersion(), form.toDetails());
            texts.info("training.saved");
            reload();
        } catch (PortalException refusal) {
            texts.error(refusal, "trainingForm");
        }
        return null;
    }

    public void addSession() {
        try {
            trainings.addSession(id, sessionDate, sessionStart, sessionEnd, null);
            sessionDate = sessionDate.plusDays(1);
        } catch (PortalException refusal) {
            texts.error(refusal, "sessionsForm");
        } finally {
            reload();
        }
    }

    public void removeSession(long sessionId) {
        trainings.removeSession(id, sessionId);
        reload();
    }

    public void addTrainer() {
        trainings.addTrainer(id, trainerName, trainerExternal);
        trainerName = null;
        trainerExternal = false;
        reload();
    }

    public void removeTrainer(long trainerId) {
        trainings.removeTrainer(id, trainerId);
        reload();
    }

    public void publish() {
        act(() -> trainings.publish(id), "training.published");
    }

    public void cancelTraining() {
        act(() -> trainings.cancel(id), "training.cancelled");
    }

    public void complete() {
        act(() -> trainings.complete(id), "training.completed");
    }

    @FunctionalInterface
    interface Action {
        void run() throws PortalException;
    }

    private void act(Action action, String successKey) {
        try {
            action.run();
            texts.info(successKey);
        } catch (PortalException refusal) {
            texts.error(refusal, "statusForm");
        } finally {
            reload();
        }
    }

    public EmploymentType[] getGroups() {
        return EmploymentType.values();
    }

    public TrainingFormat[] getFormats() {
        return TrainingFormat.values();
    }

    public Training getTraining() {
        return training;
    }

    public TrainingForm getForm() {
        return form;
    }

    public List<RegistrationListing> getParticipants() {
        return participants;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public LocalTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalTime sessionStart) {
        this.sessionStart = sessionStart;
    }

    public LocalTime getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalTime sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public void setTrainerName(String trainerName) {
        this.trainerName = trainerName;
    }

    public boolean isTrainerExternal() {
        return trainerExternal;
    }

    public void setTrainerExternal(boolean trainerExternal) {
        this.trainerExternal = trainerExternal;
    }
}
