package si.mama.portal.academy.web;

import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingDetails;
import si.mama.portal.academy.entity.TrainingFormat;
import si.mama.portal.people.entity.EmploymentType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** The office's training form: what the catalogue says about a training. */
public class TrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Integer year;
    private String title;
    private String topic;
    private String description;
    private EmploymentType[] targetGroups = EmploymentType.values();
    private TrainingFormat format = TrainingFormat.ON_SITE;
    private String location;
    private Integer capacity = 20;
    private Integer centreQuota;
    private LocalDate registrationDeadline;

    static TrainingForm newFor(int year) {
        TrainingForm form = new TrainingForm();
        form.year = year;
        return form;
    }

    static TrainingForm of(Training training) {
        TrainingForm form = new TrainingForm();
        form.id = training.getId();
        form.version = training.getVersion();
        form.year = training.getYear();
        form.title = training.getTitle();
        form.topic = training.getTopic();
        form.description = training.getDescription();
        form.targetGroups = training.getTargetGroups().toArray(EmploymentType[]::new);
        form.format = training.getFormat();
        form.location = training.getLocation();
        form.capacity = training.getCapacity();
        form.centreQuota = training.getCentreQuota();
        form.registrationDeadline = training.getRegistrationDeadline();
        return form;
    }

    TrainingDetails toDetails() {
        EnumSet<EmploymentType> groups = EnumSet.noneOf(EmploymentType.class);
        groups.addAll(List.of(targetGroups));
        return new TrainingDetails(year, title, description, topic, groups, format, location, capacity, centreQuota,
                registrationDeadline);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public EmploymentType[] getTargetGroups() {
        return targetGroups.clone();
    }

    public void setTargetGroups(EmploymentType[] targetGroups) {
        this.targetGroups = targetGroups == null ? new EmploymentType[0] : targetGroups.clone();
    }

    public TrainingFormat getFormat() {
        return format;
    }

    public void setFormat(TrainingFormat format) {
        this.format = format;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getCentreQuota() {
        return centreQuota;
    }

    public void setCentreQuota(Integer centreQuota) {
        this.centreQuota = centreQuota;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }
}
