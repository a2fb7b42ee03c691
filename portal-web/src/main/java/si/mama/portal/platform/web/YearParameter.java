package si.mama.portal.platform.web;

import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.time.PortalClock;

/** The {@code year} request parameter of a download: this year when absent, "not found" when not a number. */
public final class YearParameter {

    private YearParameter() {
    }

    public static int of(String value) {
        if (value == null || value.isBlank()) {
            return PortalClock.today().getYear();
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Year", value);
        }
    }
}
