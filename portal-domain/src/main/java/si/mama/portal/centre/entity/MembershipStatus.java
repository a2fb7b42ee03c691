package si.mama.portal.centre.entity;

/** Where a centre stands in the network (evidenca članstva). */
public enum MembershipStatus {
    CANDIDATE,
    MEMBER,
    SUSPENDED,
    LEFT;

    public String bundleKey() {
        return "membership." + name();
    }
}
