package si.mama.portal.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A meeting point for Gatling's virtual users: each one arrives, then pauses in short steps (without blocking
 * Gatling's threads) until all have arrived, so a measured window starts with every user signed in.
 */
final class Rendezvous {

    private static final Map<String, AtomicInteger> ARRIVED = new ConcurrentHashMap<>();
    private static final Map<String, Integer> EXPECTED = new ConcurrentHashMap<>();
    private static final Map<String, Long> GIVE_UP = new ConcurrentHashMap<>();
    /** A user that failed to arrive must not hold the others for ever. */
    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(15);

    private Rendezvous() {
    }

    static void expect(String point, int users) {
        EXPECTED.put(point, users);
        ARRIVED.put(point, new AtomicInteger());
        GIVE_UP.put(point, System.nanoTime() + PATIENCE_NANOS);
    }

    static void arrive(String point) {
        ARRIVED.get(point).incrementAndGet();
    }

    /** False when the point was never set up, so a mistake cannot hang a run. */
    static boolean waiting(String point) {
        AtomicInteger arrived = ARRIVED.get(point);
        return arrived != null && arrived.get() < EXPECTED.get(point) && System.nanoTime() < GIVE_UP.get(point);
    }
}
