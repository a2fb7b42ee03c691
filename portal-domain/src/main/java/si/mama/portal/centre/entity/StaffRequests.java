package si.mama.portal.centre.entity;

/** How a centre lets its staff ask to be registered for a training. */
public enum StaffRequests {
    /** Only the centre admin registers people. */
    CLOSED,
    /** A staff member asks; the centre admin approves or declines. */
    APPROVAL,
    /** A staff member's own request registers them at once, under the same rules as the admin's. */
    DIRECT;

    public String bundleKey() {
        return "staffRequests." + name();
    }
}
