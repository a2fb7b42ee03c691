package si.mama.portal.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The measures every feature contributes, by name. */
@ApplicationScoped
public class Measures {

    @Inject
    @Any
    Instance<Measure> all;

    /** Names of all measures, sorted, for the office's choice. */
    public List<String> names() {
        return all.stream().map(Measure::name).sorted().toList();
    }

    public boolean exists(String name) {
        return find(name).isPresent();
    }

    /** The measure's figure for {@code year}, or empty when no feature provides that measure (any more). */
    public Optional<BigDecimal> valueOf(String name, int year) {
        return find(name).map(measure -> measure.valueFor(year));
    }

    private Optional<Measure> find(String name) {
        return all.stream().filter(measure -> measure.name().equals(name)).findFirst();
    }
}
