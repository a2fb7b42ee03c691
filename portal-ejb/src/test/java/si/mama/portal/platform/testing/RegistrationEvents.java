package si.mama.portal.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import si.mama.portal.academy.boundary.RegistrationChanged;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records every {@link RegistrationChanged} the academy fires, from any thread, as the mail outbox will observe
 * them. Tests read the events of their own training only: the deployment is shared.
 */
@ApplicationScoped
public class RegistrationEvents {

    private final Queue<RegistrationChanged> seen = new ConcurrentLinkedQueue<>();

    void on(@Observes RegistrationChanged event) {
        seen.add(event);
    }

    /** The training's events in the order they were fired. */
    public List<RegistrationChanged> ofTraining(long trainingId) {
        return seen.stream().filter(event -> event.trainingId() == trainingId).toList();
    }

    /** What happened to one registration, in order. */
    public List<RegistrationChanged.What> whatOf(long registrationId) {
        return seen.stream().filter(event -> event.registrationId() == registrationId)
                .map(RegistrationChanged::what).toList();
    }
}
