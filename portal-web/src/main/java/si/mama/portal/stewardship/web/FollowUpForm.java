package si.mama.portal.stewardship.web;

import si.mama.portal.stewardship.entity.OwnerSide;

import java.io.Serializable;
import java.time.LocalDate;

/** A new follow-up agreed at a meeting: the task, whose it is, who carries it, by when. */
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String task;
    private OwnerSide side = OwnerSide.CENTRE;
    private String ownerName;
    private LocalDate dueOn;

    public OwnerSide[] getSides() {
        return OwnerSide.values();
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public OwnerSide getSide() {
        return side;
    }

    public void setSide(OwnerSide side) {
        this.side = side;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
