package si.mama.portal.centre.boundary;

import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;

/** What the office narrows its centre list by; any part may be {@code null}. */
public record CentreFilter(String text, Region region, MembershipStatus status) {

    public static CentreFilter all() {
        return new CentreFilter(null, null, null);
    }

    public String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    }
}
