package si.mama.portal.stewardship.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How many member centres the office met in a year, against the target of half, overall, by region, by steward. */
public record CoverageReport(int year, int members, int met, List<Line> byRegion, List<Line> bySteward) implements Serializable {

    /** The network's target: at least half of the members met each year. */
    public static final BigDecimal TARGET_PERCENT = BigDecimal.valueOf(50);

    /** One region's or one steward's figures; {@code label} is a region's name key or a steward's name. */
    public record Line(String key, String label, int members, int met) implements Serializable {

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public int getMembers() {
            return members;
        }

        public int getMet() {
            return met;
        }

        public BigDecimal getPercent() {
            return percent(met, members);
        }
    }

    public CoverageReport {
        byRegion = List.copyOf(byRegion);
        bySteward = List.copyOf(bySteward);
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal getPercent() {
        return percent(met, members);
    }

    /** Whether at least half the members were met. */
    public boolean isOnTarget() {
        return getPercent().compareTo(TARGET_PERCENT) >= 0;
    }

    public int getYear() {
        return year;
    }

    public int getMembers() {
        return members;
    }

    public int getMet() {
        return met;
    }

    public List<Line> getByRegion() {
        return byRegion;
    }

    public List<Line> getBySteward() {
        return bySteward;
    }
}
