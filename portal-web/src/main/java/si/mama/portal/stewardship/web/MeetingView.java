package si.mama.portal.stewardship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.Stewardship;
import si.mama.portal.stewardship.entity.Meeting;
import si.mama.portal.stewardship.entity.MeetingStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stewardship meeting for the office ({@code /office/meeting?id=}): its plan (editable while planned), the
 * minutes with their shared part and the internal note, proposals and follow-ups once held, and whether the centre
 * confirmed. The plan and minutes forms carry the version they were read at, so a concurrent change is refused
 * rather than overwritten; the page keeps its session alive while minutes are being typed.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stewardship stewardship;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private Meeting meeting;
    /** The version the plan and minutes forms were filled from. */
    private long version;
    private MeetingPlanForm planForm;
    private MinutesForm minutesForm;
    private ProposalForm proposalForm = new ProposalForm();
    private FollowUpForm followUpForm = new FollowUpForm();

    public void load() {
        if (id == null) {
            throw new NotFoundException("Meeting", "(no id)");
        }
        meeting = stewardship.meeting(id);
        fillForms();
    }

    private void fillForms() {
        version = meeting.getVersion();
        planForm = MeetingPlanForm.of(meeting);
        minutesForm = MinutesForm.of(meeting, PortalClock.today());
    }

    /** Called by the page every few minutes: the request itself keeps the session (and sign-in) alive. */
    public void keepAlive() {
        // nothing to do
    }

    /** The office admin writes for every centre, the centre's steward for their centre; other office staff read. */
    public boolean isCanWrite() {
        return currentUser.has(Role.OFFICE_ADMIN)
                || Objects.equals(meeting.getCentre().getStewardUsername(), currentUser.getUsername());
    }

    public boolean isPlanned() {
        return meeting.getStatus() == MeetingStatus.PLANNED;
    }

    public boolean isHeld() {
        return meeting.getStatus() == MeetingStatus.HELD;
    }

    public boolean isCancelled() {
        return meeting.getStatus() == MeetingStatus.CANCELLED;
    }

    public void savePlan() {
        if (change("planForm", () -> stewardship.replan(id, version, PortalException.guard(planForm::toPlan)),
                "stewardship.meeting.planSaved")) {
            fillForms();
        }
    }

    public void record() {
        if (change("minutesForm", () -> stewardship.record(id, version, PortalException.guard(minutesForm::toMinutes)),
                "stewardship.meeting.recorded")) {
            fillForms();
        }
    }

    /** Cancels the planned meeting and shows the page again, now without its forms. */
    public String cancel() {
        try {
            stewardship.cancel(id);
            texts.infoAfterRedirect("stewardship.meeting.cancelled");
            return "/office/meeting?faces-redirect=true&id=" + id;
        } catch (PortalException refusal) {
            texts.error(refusal, null);
            return null;
        }
    }

    public void addProposal() {
        if (listChange("proposalForm", () -> stewardship.addProposal(id, proposalForm.getText(), proposalForm.getAreaKey(),
                proposalForm.getKind()), "stewardship.meeting.proposalAdded")) {
            ProposalForm next = new ProposalForm();
            next.setAreaKey(proposalForm.getAreaKey());
            proposalForm = next;
        }
    }

    public void removeProposal(long proposalId) {
        listChange(null, () -> stewardship.removeProposal(id, proposalId), "stewardship.meeting.proposalRemoved");
    }

    public void addFollowUp() {
        if (listChange("followUpForm", () -> stewardship.addFollowUp(id, followUpForm.getTask(), followUpForm.getSide(),
                followUpForm.getOwnerName(), followUpForm.getDueOn()), "stewardship.meeting.followUpAdded")) {
            followUpForm = new FollowUpForm();
        }
    }

    public void followUpDone(long followUpId, boolean done) {
        listChange(null, () -> stewardship.followUpDone(id, followUpId, done), null);
    }

    public void removeFollowUp(long followUpId) {
        listChange(null, () -> stewardship.removeFollowUp(id, followUpId), "stewardship.meeting.followUpRemoved");
    }

    interface Change {
        void apply() throws PortalException;
    }

    /** A change of the plan, the minutes or the status: the page reloads the meeting after it either way. */
    private boolean change(String formId, Change change, String successKey) {
        try {
            change.apply();
            if (successKey != null) {
                texts.info(successKey);
            }
            meeting = stewardship.meeting(id);
            return true;
        } catch (PortalException refusal) {
            texts.error(refusal, formId);
            meeting = stewardship.meeting(id);
            return false;
        }
    }

    /**
     * A change of the proposals or follow-ups, which leaves text typed into the plan or minutes form alone: the
     * forms move on to the meeting's new version only when nobody else changed the meeting before this change.
     */
    private boolean listChange(String formId, Change change, String successKey) {
        boolean unchangedMeanwhile = stewardship.meeting(id).getVersion() == version;
        boolean done = change(formId, change, successKey);
        if (done && unchangedMeanwhile) {
            version = meeting.getVersion();
        }
        return done;
    }

    /** A moment as the day it was in Ljubljana. */
    public LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(PortalClock.ZONE).toLocalDate();
    }

    public String getTitle() {
        return texts.format("stewardship.meeting.title", meeting.getCentre().getName());
    }

    public String getReadOnlyText() {
        return texts.format("stewardship.meeting.readOnly", meeting.getCentre().getStewardName() == null
                ? texts.format("stewardship.noSteward") : meeting.getCentre().getStewardName());
    }

    public String getConfirmationText() {
        return meeting.getConfirmedAt() == null ? texts.format("stewardship.meeting.notConfirmed")
                : texts.format("stewardship.meeting.confirmedOn", day(meeting.getConfirmedAt()),
                        meeting.getConfirmedBy());
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MeetingPlanForm getPlanForm() {
        return planForm;
    }

    public MinutesForm getMinutesForm() {
        return minutesForm;
    }

    public ProposalForm getProposalForm() {
        return proposalForm;
    }

    public FollowUpForm getFollowUpForm() {
        return followUpForm;
    }
}
