package si.mama.portal.stewardship.entity;

/** Where a meeting stands. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED;

    public String bundleKey() {
        return "stewardship.meeting.status." + name();
    }
}
