package si.mama.portal.stewardship.entity;

/** How the office was in touch with a centre. */
public enum ContactKind {
    CALL, EMAIL, OTHER;

    public String bundleKey() {
        return "stewardship.contact.kind." + name();
    }
}
