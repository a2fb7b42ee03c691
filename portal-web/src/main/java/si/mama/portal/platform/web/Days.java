package si.mama.portal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import si.mama.portal.platform.time.PortalClock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The day of a moment as the network's clocks show it, for pages: {@code #{days.of(practice.publishedAt)}} with
 * {@code <f:convertDateTime type="localDate"/>} (Faces 4.0 formats no {@code Instant}).
 */
@Named
@ApplicationScoped
public class Days {

    public LocalDate of(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, PortalClock.ZONE);
    }
}
