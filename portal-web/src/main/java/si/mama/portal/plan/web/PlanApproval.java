package si.mama.portal.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.entity.Decision;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanStage;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The approval panel of the plan editor: the path the version walks, the next step to record, amendments
 * of a published plan, and the year's other versions to compare with.
 */
@Named
@ViewScoped
public class PlanApproval implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanEditor editor;

    @Inject
    Plans plans;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private LocalDate decidedOn = PortalClock.today();
    private Decision decision = Decision.APPROVED;
    private String note;
    private String reason;
    private Long compareWith;
    private transient List<Plan> versions;
    private transient List<Plan> comparable;

    public boolean isCanApprove() {
        return currentUser.has(Role.OFFICE_ADMIN) && getPlan().getNextStage() != null;
    }

    public boolean isCanAmend() {
        List<Plan> versions = getVersions();
        return currentUser.has(Role.OFFICE_ADMIN) && getPlan().isPublished()
                && versions.stream().allMatch(Plan::isPublished)
                && versions.get(0).getVersionNo() == getPlan().getVersionNo();
    }

    public void startRecording() {
        decidedOn = PortalClock.today();
        decision = getPlan().getNextStage() == PlanStage.PUBLISHED ? Decision.PUBLISHED : Decision.APPROVED;
        note = null;
    }

    /** Records the next step; the page reloads, since what may be edited or decided next has changed. */
    public String record() {
        try {
            PlanStage step = getPlan().getNextStage();
            plans.record(getPlan().getId(), step, decidedOn, decision, note);
            texts.infoAfterRedirect(decision == Decision.RETURNED ? "approval.returned" : "approval.recorded",
                    texts.format("plan.stage." + step));
            return "/office/plan?faces-redirect=true&id=" + getPlan().getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "stepForm");
            editor.reload();
            return null;
        }
    }

    public String amend() {
        try {
            Plan amendment = plans.amend(getPlan().getId(), reason);
            texts.infoAfterRedirect("approval.amended", amendment.getVersionNo());
            return "/office/plan?faces-redirect=true&id=" + amendment.getId();
        } catch (PortalException refusal) {
            texts.error(refusal, "amendForm");
            return null;
        }
    }

    /** The decisions the next body can take: approve or return, or publish at the last step. */
    public List<Decision> getDecisions() {
        return getPlan().getNextStage() == PlanStage.PUBLISHED
                ? List.of(Decision.PUBLISHED) : List.of(Decision.APPROVED, Decision.RETURNED);
    }

    /** The year's versions, newest first. */
    public List<Plan> getVersions() {
        if (versions == null) {
            versions = plans.versionsOf(getPlan().getYear());
        }
        return versions;
    }

    /** Plans to compare with: the year's other versions, and other years' plans (e.g. last year's). */
    public List<Plan> getComparable() {
        if (comparable == null) {
            comparable = plans.all().stream().filter(other -> !other.getId().equals(getPlan().getId())).toList();
        }
        return comparable;
    }

    /** Where the compare button leads: older version first, so additions read as additions. */
    public String compare() {
        if (compareWith == null) {
            return null;
        }
        Plan other = plans.find(compareWith);
        boolean otherIsOlder = other.getYear() < getPlan().getYear()
                || other.getYear() == getPlan().getYear() && other.getVersionNo() < getPlan().getVersionNo();
        long older = otherIsOlder ? other.getId() : getPlan().getId();
        long newer = otherIsOlder ? getPlan().getId() : other.getId();
        return "/office/plan-diff?faces-redirect=true&older=" + older + "&newer=" + newer;
    }

    private Plan getPlan() {
        return editor.getPlan();
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getCompareWith() {
        return compareWith;
    }

    public void setCompareWith(Long compareWith) {
        this.compareWith = compareWith;
    }
}
