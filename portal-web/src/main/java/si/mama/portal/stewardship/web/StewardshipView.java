package si.mama.portal.stewardship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.StewardedCentre;
import si.mama.portal.stewardship.boundary.Stewardship;
import si.mama.portal.stewardship.entity.Meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The office's stewardship page ({@code /office/stewardship}): the caller's own centres with their latest contacts,
 * the queue of member centres not yet met this year, and planning a meeting with one of them.
 */
@Named
@ViewScoped
public class StewardshipView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stewardship stewardship;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private List<StewardedCentre> mine = List.of();
    private List<StewardedCentre> due = List.of();
    private boolean onlyMine;
    private Long planCentreId;
    private String planCentreName;
    private MeetingPlanForm form = new MeetingPlanForm();

    /** Loads on the page's view action; a steward's queue starts with their own centres, the others' with all. */
    public void load() {
        mine = stewardship.centresOf(null);
        onlyMine = !mine.isEmpty();
        refreshDue();
    }

    public void refreshDue() {
        due = stewardship.dueForVisit(onlyMine ? currentUser.getUsername() : null);
    }

    /** The office admin plans for every centre, a steward for their own. */
    public boolean canPlan(Centre centre) {
        return currentUser.has(Role.OFFICE_ADMIN) || Objects.equals(centre.getStewardUsername(), currentUser.getUsername());
    }

    public void startPlanning(long centreId) {
        Centre centre = Stream.concat(mine.stream(), due.stream()).map(StewardedCentre::centre)
                .filter(c -> c.getId() == centreId).findFirst()
                .orElseThrow(() -> new NotFoundException("Centre", centreId));
        planCentreId = centre.getId();
        planCentreName = centre.getName();
        form = MeetingPlanForm.forNew(currentUser.getDisplayName());
    }

    /** Plans the meeting and opens it. */
    public String plan() {
        try {
            Meeting meeting = stewardship.plan(planCentreId, PortalException.guard(form::toPlan));
            texts.infoAfterRedirect("stewardship.planned");
            return "/office/meeting?faces-redirect=true&id=" + meeting.getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "planForm");
            return null;
        }
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public int getYear() {
        return PortalClock.today().getYear();
    }

    public List<StewardedCentre> getMine() {
        return mine;
    }

    public List<StewardedCentre> getDue() {
        return due;
    }

    public boolean isOnlyMine() {
        return onlyMine;
    }

    public void setOnlyMine(boolean onlyMine) {
        this.onlyMine = onlyMine;
    }

    public String getPlanCentreName() {
        return planCentreName;
    }

    public MeetingPlanForm getForm() {
        return form;
    }
}
