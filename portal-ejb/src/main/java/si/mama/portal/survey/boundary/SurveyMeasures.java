package si.mama.portal.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.Measure;

import java.math.BigDecimal;

/**
 * The questionnaires' figure for the annual plan: the share of asked member centres (in %) that submitted the
 * per-centre questionnaires sent in a year. An aggregate only; no centre is named.
 */
@ApplicationScoped
public class SurveyMeasures {

    @Inject
    SurveyResults results;

    @Produces
    @Named("survey.responseRate")
    Measure responseRate() {
        return new Measure() {
            @Override
            public String name() {
                return "survey.responseRate";
            }

            @Override
            public BigDecimal valueFor(int year) {
                return results.responseRateOfYear(year);
            }
        };
    }
}
