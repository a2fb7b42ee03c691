package si.mama.portal.academy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.plan.boundary.Measure;

import java.math.BigDecimal;

/**
 * The academy's figures for the annual plan: trainings held, participants, external experts in a year.
 * Aggregates only, across all centres (plain SQL: the registrations are centre-owned, their count is not);
 * no person is named.
 */
@ApplicationScoped
public class AcademyMeasures {

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Produces
    @Named("academy.trainingsHeld")
    Measure trainingsHeld() {
        return measure("academy.trainingsHeld",
                "select count(*) from training where training_year = ? and status = 'COMPLETED'");
    }

    @Produces
    @Named("academy.participants")
    Measure participants() {
        return measure("academy.participants", "select count(*) from registration r join training t on t.id = r.training_id"
                + " where t.training_year = ? and t.status = 'COMPLETED' and r.status = 'CONFIRMED'");
    }

    @Produces
    @Named("academy.externalExperts")
    Measure externalExperts() {
        return measure("academy.externalExperts", "select count(distinct lower(x.name)) from trainer x"
                + " join training t on t.id = x.training_id"
                + " where t.training_year = ? and t.status = 'COMPLETED' and x.external_expert = true");
    }

    private Measure measure(String name, String sql) {
        return new Measure() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BigDecimal valueFor(int year) {
                Number value = (Number) em.createNativeQuery(sql).setParameter(1, year)
                        .setHint(ALLOW_NATIVE, true).getSingleResult();
                return BigDecimal.valueOf(value.longValue());
            }
        };
    }
}
