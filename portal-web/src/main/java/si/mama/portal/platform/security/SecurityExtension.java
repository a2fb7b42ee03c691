package si.mama.portal.platform.security;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

import java.util.Set;

/**
 * Adapts Jakarta Security's OpenID Connect beans (Soteria, inside Payara), which are the container's and carry nothing
 * of ours: puts {@link ProviderGuard} around the mechanism, and makes the session's OpenID context a
 * {@link ReplicableOpenIdContext}, which can travel to another node with the session.
 */
public class SecurityExtension implements Extension {

    void guard(@Observes ProcessAnnotatedType<OpenIdAuthenticationMechanism> mechanism) {
        mechanism.configureAnnotatedType().add(ProviderGuarded.Literal.INSTANCE);
    }

    void replicable(@Observes ProcessInjectionTarget<OpenIdContextImpl> context) {
        context.setInjectionTarget(new ReplicableContextTarget(context.getInjectionTarget()));
    }

    /** The container's way of making the context, except that the instance is a {@link ReplicableOpenIdContext}. */
    private record ReplicableContextTarget(InjectionTarget<OpenIdContextImpl> original)
            implements InjectionTarget<OpenIdContextImpl> {

        @Override
        public OpenIdContextImpl produce(CreationalContext<OpenIdContextImpl> creation) {
            return new ReplicableOpenIdContext();
        }

        @Override
        public void inject(OpenIdContextImpl instance, CreationalContext<OpenIdContextImpl> creation) {
            original.inject(instance, creation);
        }

        @Override
        public void postConstruct(OpenIdContextImpl instance) {
            original.postConstruct(instance);
        }

        @Override
        public void preDestroy(OpenIdContextImpl instance) {
            original.preDestroy(instance);
        }

        @Override
        public void dispose(OpenIdContextImpl instance) {
            original.dispose(instance);
        }

        @Override
        public Set<InjectionPoint> getInjectionPoints() {
            return original.getInjectionPoints();
        }
    }
}
