package si.mama.portal.stewardship.entity;

/** Whose a follow-up is. */
public enum OwnerSide {
    OFFICE, CENTRE;

    public String bundleKey() {
        return "stewardship.owner.side." + name();
    }
}
