package si.mama.portal.stewardship.web;

import si.mama.portal.stewardship.entity.Meeting;
import si.mama.portal.stewardship.entity.MeetingFormat;
import si.mama.portal.stewardship.entity.MeetingPlan;

import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a meeting's plan: when, how, who attends from both sides, the agenda. */
public class MeetingPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate plannedOn;
    private MeetingFormat format = MeetingFormat.ON_SITE;
    private String officeAttendees;
    private String centreAttendees;
    private String agenda;

    /** A new plan: the steward attends for the office. */
    static MeetingPlanForm forNew(String steward) {
        MeetingPlanForm form = new MeetingPlanForm();
        form.officeAttendees = steward;
        return form;
    }

    static MeetingPlanForm of(Meeting meeting) {
        MeetingPlanForm form = new MeetingPlanForm();
        form.plannedOn = meeting.getPlannedOn();
        form.format = meeting.getFormat();
        form.officeAttendees = meeting.getOfficeAttendees();
        form.centreAttendees = meeting.getCentreAttendees();
        form.agenda = meeting.getAgenda();
        return form;
    }

    /** The plan; a text past its limit is refused by the value itself. */
    MeetingPlan toPlan() {
        return new MeetingPlan(plannedOn, format, officeAttendees, centreAttendees, agenda);
    }

    public MeetingFormat[] getFormats() {
        return MeetingFormat.values();
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public String getOfficeAttendees() {
        return officeAttendees;
    }

    public void setOfficeAttendees(String officeAttendees) {
        this.officeAttendees = officeAttendees;
    }

    public String getCentreAttendees() {
        return centreAttendees;
    }

    public void setCentreAttendees(String centreAttendees) {
        this.centreAttendees = centreAttendees;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
