package si.mama.portal.academy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.academy.boundary.TrainingRecord;
import si.mama.portal.academy.boundary.TrainingRecords;
import si.mama.portal.people.entity.EmploymentType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The centre's training record ({@code /academy/record}): its people's trainings and hours, totals by group. */
@Named
@ViewScoped
public class TrainingRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    private List<TrainingRecord> people;
    private Map<EmploymentType, BigDecimal> byGroup;

    public void load() {
        people = records.ofCentre();
        byGroup = TrainingRecords.hoursByGroup(people);
    }

    public List<TrainingRecord> getPeople() {
        return people;
    }

    public List<Map.Entry<EmploymentType, BigDecimal>> getByGroup() {
        return List.copyOf(byGroup.entrySet());
    }

    public long getTrainingCount() {
        return people.stream().mapToLong(TrainingRecord::getTrainingCount).sum();
    }
}
