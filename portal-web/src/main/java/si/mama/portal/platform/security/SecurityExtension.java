package si.mama.portal.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;

/**
 * Puts {@link ProviderGuard} around the OpenID Connect mechanism of Jakarta Security (Soteria, inside Payara), which
 * is a bean of the container's and carries no binding of ours otherwise.
 */
public class SecurityExtension implements Extension {

    void guard(@Observes ProcessAnnotatedType<OpenIdAuthenticationMechanism> mechanism) {
        mechanism.configureAnnotatedType().add(ProviderGuarded.Literal.INSTANCE);
    }
}
