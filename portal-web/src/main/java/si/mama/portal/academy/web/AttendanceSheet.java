package si.mama.portal.academy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.academy.boundary.AttendanceRow;
import si.mama.portal.academy.boundary.Attendances;
import si.mama.portal.academy.boundary.Trainings;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.io.Serializable;
import java.util.List;

/**
 * The office's attendance sheet for one training ({@code /office/attendance?training=}): participants by
 * session, one tap per mark (made for a phone at the door), hours, and the certificates.
 */
@Named
@ViewScoped
public class AttendanceSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendances attendances;

    @Inject
    Trainings trainings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long trainingId;
    private Training training;
    private List<AttendanceRow> rows = List.of();

    public void load() {
        if (trainingId == null) {
            throw new NotFoundException("Training", "(no id)");
        }
        refresh();
    }

    private void refresh() {
        training = trainings.find(trainingId);
        rows = attendances.sheet(trainingId);
    }

    public boolean isCanMark() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    public void mark(long registrationId, long sessionId, boolean present) {
        try {
            attendances.mark(trainingId, sessionId, registrationId, present);
        } catch (PortalException refusal) {
            texts.error(refusal, "sheetForm");
        } finally {
            refresh();
        }
    }

    public void issueCertificates() {
        try {
            int issued = attendances.issueCertificates(trainingId);
            texts.info("certificate.issued", issued);
        } catch (PortalException refusal) {
            texts.error(refusal, "sheetForm");
        } finally {
            refresh();
        }
    }

    public Training getTraining() {
        return training;
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }

    public Long getTrainingId() {
        return trainingId;
    }

    public void setTrainingId(Long trainingId) {
        this.trainingId = trainingId;
    }
}
