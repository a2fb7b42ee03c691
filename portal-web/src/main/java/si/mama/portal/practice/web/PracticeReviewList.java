package si.mama.portal.practice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.practice.boundary.PracticeReviews;
import si.mama.portal.practice.entity.PracticeListing;
import si.mama.portal.practice.entity.PracticeStatus;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The office's review of good practices ({@code /office/practices?status=}): the submitted ones first; publish
 * (for members, or for everyone), ask for changes with a note, show or hide publicly, withdraw.
 */
@Named
@ViewScoped
public class PracticeReviewList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeReviews reviews;

    @Inject
    Texts texts;

    private PracticeStatus status;
    private List<PracticeListing> rows;
    private long waiting;
    private PracticeListing selected;
    private boolean shownPublicly;
    private String note;

    public void load() {
        rows = reviews.queue(status);
        waiting = reviews.waiting();
    }

    /** Opens the publish dialog for one practice: for members only unless the office ticks "public". */
    public void startPublishing(long id) {
        selected = row(id);
        shownPublicly = selected.isPublicVisible();
    }

    public void startRequestingChanges(long id) {
        selected = row(id);
        note = null;
    }

    public void publish() {
        decide(() -> reviews.publish(selected.getId(), selected.getVersion(), shownPublicly), "practice.published",
                "publishForm");
    }

    public void requestChanges() {
        decide(() -> reviews.requestChanges(selected.getId(), selected.getVersion(), note), "practice.changesRequested",
                "changesForm");
    }

    public void withdraw(long id) {
        selected = row(id);
        decide(() -> reviews.withdraw(id, selected.getVersion()), "practice.withdrawn", null);
    }

    public void showPublicly(long id, boolean shown) {
        selected = row(id);
        decide(() -> reviews.showPublicly(id, selected.getVersion(), shown),
                shown ? "practice.shownPublicly" : "practice.hiddenPublicly", null);
    }

    @FunctionalInterface
    interface Decision {
        void make() throws PortalException;
    }

    private void decide(Decision decision, String successKey, String formId) {
        try {
            decision.make();
            texts.info(successKey, selected.getTitle());
            load();
        } catch (PortalException refusal) {
            texts.error(refusal, formId == null ? "reviewForm" : formId);
            if (refusal.field() == null) {
                load();
            }
        }
    }

    private PracticeListing row(long id) {
        return rows.stream().filter(row -> row.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Practice", id));
    }

    /** The statuses the office filters by: a draft is never the office's. */
    public List<PracticeStatus> getStatuses() {
        return Arrays.stream(PracticeStatus.values()).filter(PracticeStatus::isSubmitted).toList();
    }

    /** How many practices wait for the office, whatever the filter. */
    public long getWaiting() {
        return waiting;
    }

    public List<PracticeListing> getRows() {
        return rows;
    }

    public PracticeListing getSelected() {
        return selected;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public void setStatus(PracticeStatus status) {
        this.status = status;
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public void setShownPublicly(boolean shownPublicly) {
        this.shownPublicly = shownPublicly;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
