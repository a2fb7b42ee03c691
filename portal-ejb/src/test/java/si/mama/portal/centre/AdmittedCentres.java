package si.mama.portal.centre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import si.mama.portal.centre.boundary.CentreAdmitted;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the Keycloak observer in tests: remembers every admitted centre and, like a failing Keycloak call,
 * throws for a centre whose name asks it to.
 */
@ApplicationScoped
public class AdmittedCentres {

    public static final String FAIL = "(keycloak down)";

    private final List<CentreAdmitted> seen = new CopyOnWriteArrayList<>();

    void on(@Observes CentreAdmitted admitted) {
        seen.add(admitted);
        if (admitted.name().contains(FAIL)) {
            throw new IllegalStateException("Keycloak refused " + admitted.alias());
        }
    }

    public boolean saw(String alias) {
        return seen.stream().anyMatch(a -> a.alias().equals(alias));
    }
}
