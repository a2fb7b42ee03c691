package si.mama.portal.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The rush's window: from the first registration request sent to the last answer received. */
final class RushClock {

    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    void sent() {
        first.accumulateAndGet(System.nanoTime(), Math::min);
    }

    void answered(boolean ok) {
        last.accumulateAndGet(System.nanoTime(), Math::max);
        (ok ? answered : failed).incrementAndGet();
    }

    int answered() {
        return answered.get();
    }

    int failed() {
        return failed.get();
    }

    double seconds() {
        return (last.get() - first.get()) / 1e9;
    }
}
