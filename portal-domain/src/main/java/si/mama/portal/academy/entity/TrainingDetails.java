package si.mama.portal.academy.entity;

import si.mama.portal.people.entity.EmploymentType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What the office writes about a training in the catalogue. Normalised on construction. */
public record TrainingDetails(int year, String title, String description, String topic, Set<EmploymentType> targetGroups,
                              TrainingFormat format, String location, int capacity, Integer centreQuota,
                              LocalDate registrationDeadline) {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 100;
    public static final int LOCATION_MAX = 200;
    public static final int TEXT_MAX = 8000;

    public TrainingDetails {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year " + year);
        }
        title = text(title, TITLE_MAX);
        if (title == null) {
            throw new IllegalArgumentException("A training needs a title");
        }
        description = text(description, TEXT_MAX);
        topic = text(topic, TOPIC_MAX);
        location = text(location, LOCATION_MAX);
        targetGroups = targetGroups == null || targetGroups.isEmpty()
                ? EnumSet.allOf(EmploymentType.class) : EnumSet.copyOf(targetGroups);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(registrationDeadline, "registrationDeadline");
        if (capacity < 1 || centreQuota != null && centreQuota < 1) {
            throw new IllegalArgumentException("capacity and quota are positive");
        }
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("longer than " + max);
        }
        return stripped;
    }
}
