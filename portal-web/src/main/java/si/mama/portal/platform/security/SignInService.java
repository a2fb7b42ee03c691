package si.mama.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Keycloak answers right now: its realm's discovery document within two seconds. Asked only when someone is
 * about to be sent there to sign in (or a signed-in user's token could not be refreshed), and remembered for a few
 * seconds, so a rush of sign-ins asks once.
 */
@ApplicationScoped
public class SignInService {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long REMEMBER_NANOS = Duration.ofSeconds(5).toNanos();

    @Inject
    OidcSettings oidc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile boolean answered = true;
    private volatile long askedAt = System.nanoTime() - REMEMBER_NANOS;

    public boolean answers() {
        long now = System.nanoTime();
        if (now - askedAt < REMEMBER_NANOS) {
            return answered;
        }
        answered = ask();
        askedAt = System.nanoTime();
        return answered;
    }

    private boolean ask() {
        String provider = oidc.getProviderUri();
        String discovery = (provider.endsWith("/") ? provider : provider + "/") + ".well-known/openid-configuration";
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(discovery)).timeout(TIMEOUT).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException away) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
