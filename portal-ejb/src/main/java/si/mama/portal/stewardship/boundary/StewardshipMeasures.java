package si.mama.portal.stewardship.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.Measure;

import java.math.BigDecimal;

/** Stewardship's figure for the annual plan: the share of member centres met in the year (in %). */
@ApplicationScoped
public class StewardshipMeasures {

    @Inject
    Coverage coverage;

    @Produces
    @Named("stewardship.coverage")
    Measure coverage() {
        return new Measure() {
            @Override
            public String name() {
                return "stewardship.coverage";
            }

            @Override
            public BigDecimal valueFor(int year) {
                return coverage.percentOf(year);
            }
        };
    }
}
