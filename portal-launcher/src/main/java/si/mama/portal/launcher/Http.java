package si.mama.portal.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Small HTTP helpers for readiness waits. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    static int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until {@code ready} holds, or fails with {@code failure} when {@code alive} turns false or time runs out. */
    static void await(String what, Duration timeout, BooleanSupplier ready, BooleanSupplier alive, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!alive.getAsBoolean()) {
                throw new StartupFailure(what + " stopped while starting: " + failure);
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailure(what + " was not ready after " + timeout.toSeconds() + " s: " + failure);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("Interrupted while waiting for " + what);
            }
        }
    }
}
