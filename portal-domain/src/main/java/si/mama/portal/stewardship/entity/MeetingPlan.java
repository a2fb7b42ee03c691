package si.mama.portal.stewardship.entity;

import java.time.LocalDate;
import java.util.Objects;

/** What is planned: when, how, who attends from both sides, and the agenda. */
public record MeetingPlan(LocalDate plannedOn, MeetingFormat format, String officeAttendees, String centreAttendees,
                          String agenda) {

    public static final int ATTENDEES_MAX = 500;
    public static final int TEXT_MAX = 20000;

    public MeetingPlan {
        Objects.requireNonNull(plannedOn, "plannedOn");
        Objects.requireNonNull(format, "format");
        officeAttendees = Texts.optional(officeAttendees, ATTENDEES_MAX);
        centreAttendees = Texts.optional(centreAttendees, ATTENDEES_MAX);
        agenda = Texts.optional(agenda, TEXT_MAX);
    }
}
