package si.mama.portal.platform.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** The network works in Slovenian time: "today" and "this month" are Ljubljana's, whatever the server's zone. */
public final class PortalClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Ljubljana");

    private PortalClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
