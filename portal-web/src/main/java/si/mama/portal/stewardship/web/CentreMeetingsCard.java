package si.mama.portal.stewardship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.CentreMeetings;
import si.mama.portal.stewardship.entity.SharedMeeting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The centre home's card of its meetings with the network's office: planned and held meetings with the shared
 * minutes, proposals and follow-ups. The centre admin confirms the minutes and marks the centre's own tasks done.
 * It reads the centre's view of a meeting, which has no internal note to show.
 */
@Named
@ViewScoped
public class CentreMeetingsCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreMeetings meetings;

    @Inject
    Texts texts;

    /** How many of the latest meetings the card shows. */
    static final int SHOWN = 3;

    private List<SharedMeeting> mine;

    /** The latest meetings, planned ones first (the newest date first). */
    public List<SharedMeeting> getLatest() {
        return mine().stream().limit(SHOWN).toList();
    }

    public boolean isMore() {
        return mine().size() > SHOWN;
    }

    private List<SharedMeeting> mine() {
        if (mine == null) {
            mine = meetings.mine();
        }
        return mine;
    }

    public void confirm(long meetingId) {
        run(() -> meetings.confirm(meetingId), "stewardship.card.confirmed");
    }

    public void followUpDone(long followUpId) {
        run(() -> meetings.followUpDone(followUpId), "stewardship.card.followUpDone");
    }

    interface Change {
        void apply() throws PortalException;
    }

    private void run(Change change, String successKey) {
        try {
            change.apply();
            texts.info(successKey);
        } catch (PortalException refusal) {
            texts.error(refusal, "meetingsForm");
        } finally {
            mine = null;
        }
    }

    public String confirmedText(SharedMeeting meeting) {
        return texts.format("stewardship.card.confirmedOn", day(meeting.getConfirmedAt()));
    }

    /** A moment as the day it was in Ljubljana. */
    public LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(PortalClock.ZONE).toLocalDate();
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }
}
