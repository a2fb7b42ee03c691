package si.mama.portal.centre.entity;

/** What a centre's contact person is to the network. */
public enum ContactRole {
    DIRECTOR,
    CONTACT_PERSON,
    ACCOUNTING,
    OTHER;

    public String bundleKey() {
        return "membership.contactRole." + name();
    }
}
