package si.mama.portal.stewardship.entity;

/** How a meeting is held. */
public enum MeetingFormat {
    ON_SITE, ONLINE;

    public String bundleKey() {
        return "stewardship.meeting.format." + name();
    }
}
