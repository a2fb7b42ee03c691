package si.mama.portal.survey.boundary;

import si.mama.portal.centre.entity.Region;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How many of those asked have submitted (and how many are still filling in), overall and by region. */
public record ResponseRate(int asked, int submitted, int inProgress, List<RegionRate> byRegion) implements Serializable {

    /** One region's figures. */
    public record RegionRate(Region region, int asked, int submitted) implements Serializable {

        public Region getRegion() {
            return region;
        }

        public int getAsked() {
            return asked;
        }

        public int getSubmitted() {
            return submitted;
        }

        public BigDecimal getPercent() {
            return ResponseRate.percent(submitted, asked);
        }
    }

    public ResponseRate {
        byRegion = List.copyOf(byRegion);
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public int getAsked() {
        return asked;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getInProgress() {
        return inProgress;
    }

    public List<RegionRate> getByRegion() {
        return byRegion;
    }

    public BigDecimal getPercent() {
        return percent(submitted, asked);
    }
}
