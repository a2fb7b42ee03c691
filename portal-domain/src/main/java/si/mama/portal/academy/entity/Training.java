package si.mama.portal.academy.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.platform.entity.Timestamped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A training of the academy's catalogue, and the keeper of its seats. Every registration and cancellation
 * changes the seat counters under the training's row lock, so seats are never given twice and the waitlist
 * is numbered 1..n in arrival order, whatever the number of centres registering at the same moment.
 */
@Entity
@Table(name = "training")
@NamedQuery(name = "Training.published", query = "select t from Training t where t.year = :year"
        + " and t.status in :statuses order by t.registrationDeadline, t.title")
public class Training extends Timestamped {

    public static final int DEMAND_SOURCE_MAX = 300;

    /** The place a new registration gets: a seat, or a position on the waitlist. */
    public record Allocation(RegistrationStatus status, Integer waitlistPosition) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_year", nullable = false)
    private int year;

    @Column(nullable = false, length = TrainingDetails.TITLE_MAX)
    private String title;

    private String description;

    @Column(length = TrainingDetails.TOPIC_MAX)
    private String topic;

    @Convert(converter = TargetGroupsConverter.class)
    @Column(name = "target_groups", nullable = false, length = 100)
    private Set<EmploymentType> targetGroups = EnumSet.noneOf(EmploymentType.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrainingFormat format;

    @Column(length = TrainingDetails.LOCATION_MAX)
    private String location;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "centre_quota")
    private Integer centreQuota;

    @Column(name = "registration_deadline", nullable = false)
    private LocalDate registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrainingStatus status;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "waitlist_length", nullable = false)
    private int waitlistLength;

    @Column(name = "demand_count")
    private Integer demandCount;

    @Column(name = "demand_source", length = DEMAND_SOURCE_MAX)
    private String demandSource;

    @Version
    private long version;

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, startsAt")
    @BatchFetch(BatchFetchType.IN)
    private List<TrainingSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Trainer> trainers = new ArrayList<>();

    protected Training() {
        // for JPA
    }

    public Training(TrainingDetails details) {
        this.status = TrainingStatus.DRAFT;
        update(details);
    }

    public void update(TrainingDetails details) {
        if (details.capacity() < seatsTaken) {
            throw new AcademyRuleViolation("capacityBelowTaken", seatsTaken);
        }
        this.year = details.year();
        this.title = details.title();
        this.description = details.description();
        this.topic = details.topic();
        this.targetGroups = EnumSet.copyOf(details.targetGroups());
        this.format = details.format();
        this.location = details.location();
        this.capacity = details.capacity();
        this.centreQuota = details.centreQuota();
        this.registrationDeadline = details.registrationDeadline();
    }

    public TrainingSession addSession(LocalDate date, LocalTime startsAt, LocalTime endsAt, BigDecimal hours) {
        TrainingSession session = new TrainingSession(this, date, startsAt, endsAt, hours);
        sessions.add(session);
        return session;
    }

    public Trainer addTrainer(String name, boolean externalExpert) {
        Trainer trainer = new Trainer(this, name, externalExpert, trainers.size() + 1);
        trainers.add(trainer);
        return trainer;
    }

    public void removeSession(TrainingSession session) {
        sessions.remove(session);
    }

    public void removeTrainer(Trainer trainer) {
        trainers.remove(trainer);
    }

    public void publish() {
        if (sessions.isEmpty()) {
            throw new AcademyRuleViolation("noSessions");
        }
        if (status != TrainingStatus.DRAFT) {
            throw new AcademyRuleViolation("notDraft");
        }
        status = TrainingStatus.PUBLISHED;
    }

    public void cancel() {
        if (status == TrainingStatus.COMPLETED) {
            throw new AcademyRuleViolation("alreadyHeld");
        }
        status = TrainingStatus.CANCELLED;
    }

    public void complete() {
        if (status != TrainingStatus.PUBLISHED) {
            throw new AcademyRuleViolation("notPublished");
        }
        status = TrainingStatus.COMPLETED;
    }

    /** Refuses a registration unless the training is published and its deadline has not passed. */
    public void requireOpen(LocalDate today) {
        if (status != TrainingStatus.PUBLISHED) {
            throw new AcademyRuleViolation("notOpen", title);
        }
        if (today.isAfter(registrationDeadline)) {
            throw new AcademyRuleViolation("deadlinePassed", registrationDeadline);
        }
    }

    /** Takes a free seat, or the next place on the waitlist when the training is full. Call under the row lock. */
    public Allocation allocate() {
        if (seatsTaken < capacity) {
            seatsTaken++;
            return new Allocation(RegistrationStatus.CONFIRMED, null);
        }
        waitlistLength++;
        return new Allocation(RegistrationStatus.WAITLISTED, waitlistLength);
    }

    /**
     * A confirmed participant left: the seat goes to the first on the waitlist (whose position 1 the caller
     * confirms), or becomes free. Returns whether someone is promoted. Call under the row lock.
     */
    public boolean releaseSeat() {
        if (waitlistLength > 0) {
            waitlistLength--;
            return true;
        }
        seatsTaken--;
        return false;
    }

    /** Someone on the waitlist left; those behind move up one place. Call under the row lock. */
    public void leaveWaitlist() {
        waitlistLength--;
    }

    /** Hours of all sessions together. */
    public BigDecimal getHours() {
        return sessions.stream().map(TrainingSession::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate getFirstDay() {
        return sessions.isEmpty() ? null : sessions.get(0).getDate();
    }

    public int getFreeSeats() {
        return capacity - seatsTaken;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getTopic() {
        return topic;
    }

    public Set<EmploymentType> getTargetGroups() {
        return EnumSet.copyOf(targetGroups.isEmpty() ? EnumSet.allOf(EmploymentType.class) : targetGroups);
    }

    public TrainingFormat getFormat() {
        return format;
    }

    public String getLocation() {
        return location;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getCentreQuota() {
        return centreQuota;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public int getWaitlistLength() {
        return waitlistLength;
    }

    /**
     * Notes the demand that led to this training, e.g. how many centres asked for its topic in a needs
     * questionnaire, and where that number comes from.
     */
    public void noteDemand(int count, String source) {
        if (count < 0) {
            throw new IllegalArgumentException("A demand of " + count);
        }
        this.demandCount = count;
        this.demandSource = source == null ? null
                : source.length() > DEMAND_SOURCE_MAX ? source.substring(0, DEMAND_SOURCE_MAX) : source;
    }

    public Integer getDemandCount() {
        return demandCount;
    }

    public String getDemandSource() {
        return demandSource;
    }

    public long getVersion() {
        return version;
    }

    public List<TrainingSession> getSessions() {
        return List.copyOf(sessions);
    }

    public List<Trainer> getTrainers() {
        return List.copyOf(trainers);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Training training && id != null && id.equals(training.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Training[" + id + ", " + title + "]";
    }
}
