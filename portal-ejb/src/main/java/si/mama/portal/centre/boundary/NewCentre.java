package si.mama.portal.centre.boundary;

import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;

import java.time.LocalDate;

/** What the office enters to admit a centre: its organization alias, name, place, status and since when. */
public record NewCentre(String alias, String name, String municipality, Region region, MembershipStatus status,
                        LocalDate from) {
}
