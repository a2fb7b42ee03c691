package si.mama.portal.stewardship.web;

import si.mama.portal.stewardship.entity.Meeting;
import si.mama.portal.stewardship.entity.Minutes;

import java.io.Serializable;
import java.time.LocalDate;

/** The minutes' fields: the part shared with the centre and the office's internal note. */
public class MinutesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate heldOn;
    private String situation;
    private String needs;
    private String sharedNotes;
    private String internalNote;

    /** The meeting's minutes, or for a planned meeting its planned day when that has passed. */
    static MinutesForm of(Meeting meeting, LocalDate today) {
        MinutesForm form = new MinutesForm();
        form.heldOn = meeting.getHeldOn() != null ? meeting.getHeldOn()
                : meeting.getPlannedOn().isAfter(today) ? null : meeting.getPlannedOn();
        form.situation = meeting.getSituation();
        form.needs = meeting.getNeeds();
        form.sharedNotes = meeting.getSharedNotes();
        form.internalNote = meeting.getInternalNote();
        return form;
    }

    Minutes toMinutes() {
        return new Minutes(heldOn, situation, needs, sharedNotes, internalNote);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getSharedNotes() {
        return sharedNotes;
    }

    public void setSharedNotes(String sharedNotes) {
        this.sharedNotes = sharedNotes;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
