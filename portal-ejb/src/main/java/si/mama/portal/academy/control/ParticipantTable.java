package si.mama.portal.academy.control;

import si.mama.portal.academy.boundary.AttendanceRow;
import si.mama.portal.academy.entity.RegistrationListing;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingSession;
import si.mama.portal.platform.export.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A training's participants from all centres with their attendance per session, hours and certificate code. */
public final class ParticipantTable {

    private final Function<String, String> text;

    public ParticipantTable(Function<String, String> text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public TableModel of(Training training, List<RegistrationListing> registrations, List<AttendanceRow> attendance) {
        Map<Long, AttendanceRow> byRegistration = attendance.stream()
                .collect(Collectors.toMap(row -> row.registration().getId(), row -> row));
        List<String> headers = new ArrayList<>(List.of(text.apply("people.firstName"), text.apply("people.lastName"),
                text.apply("people.email"), text.apply("training.centre"), text.apply("people.employmentType"),
                text.apply("academy.registrationStatus"), text.apply("export.waitlistPosition")));
        for (TrainingSession session : training.getSessions()) {
            headers.add(text.apply("export.presentOn") + " " + session.getDate());
        }
        headers.add(text.apply("attendance.hours"));
        headers.add(text.apply("export.certificateCode"));
        List<List<Object>> rows = new ArrayList<>();
        for (RegistrationListing registration : registrations) {
            AttendanceRow row = byRegistration.get(registration.getId());
            List<Object> cells = new ArrayList<>(List.of(registration.getPerson().getFirstName(),
                    registration.getPerson().getLastName(), registration.getPerson().getEmail(),
                    registration.getCentre().getName(), text.apply(registration.getPerson().getEmploymentType().bundleKey()),
                    text.apply("academy.registration." + registration.getStatus())));
            cells.add(registration.getWaitlistPosition());
            for (TrainingSession session : training.getSessions()) {
                cells.add(row == null ? null : text.apply(row.isPresentAt(session.getId()) ? "export.yes" : "export.no"));
            }
            cells.add(row == null ? null : row.hours());
            cells.add(row == null || row.certificate() == null ? null : row.certificate().getCode());
            rows.add(cells);
        }
        return new TableModel(training.getTitle(), headers, rows);
    }
}
