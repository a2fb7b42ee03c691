package si.mama.portal.stewardship.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The minutes of a held meeting: the part shared with the centre (its situation, its needs, other notes) and the
 * office's internal note, which the centre never sees.
 */
public record Minutes(LocalDate heldOn, String situation, String needs, String sharedNotes, String internalNote) {

    public Minutes {
        Objects.requireNonNull(heldOn, "heldOn");
        situation = Texts.optional(situation, MeetingPlan.TEXT_MAX);
        needs = Texts.optional(needs, MeetingPlan.TEXT_MAX);
        sharedNotes = Texts.optional(sharedNotes, MeetingPlan.TEXT_MAX);
        internalNote = Texts.optional(internalNote, MeetingPlan.TEXT_MAX);
    }
}
