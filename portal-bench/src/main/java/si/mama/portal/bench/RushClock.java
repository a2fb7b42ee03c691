package si.mama.portal.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rush's window: from the first registration request sent to the last answer received; and the portal server's
 * CPU time over it, which tells whether the rush waits on the training's lock or on the processors.
 */
final class RushClock {

    private final ProcessHandle server;
    private final AtomicLong cpuAtStart = new AtomicLong(-1);
    private volatile long cpuAtEnd = -1;

    private final int attempts;

    RushClock(ProcessHandle server, int attempts) {
        this.server = server;
        this.attempts = attempts;
    }

    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    void sent() {
        first.accumulateAndGet(System.nanoTime(), Math::min);
        if (cpuAtStart.get() < 0) {
            cpuAtStart.compareAndSet(-1, cpu());
        }
    }

    /** Called with the last answer (or once the rush is over, if some attempt never answered). */
    void over() {
        if (cpuAtEnd < 0) {
            cpuAtEnd = cpu();
        }
    }

    /** The server's CPU milliseconds per answered attempt, or -1 when the system does not tell. */
    double cpuMillisPerAttempt() {
        long start = cpuAtStart.get();
        return start < 0 || cpuAtEnd < 0 || answered.get() == 0 ? -1 : (cpuAtEnd - start) / 1e6 / answered.get();
    }

    private long cpu() {
        return server.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    void answered(boolean ok) {
        last.accumulateAndGet(System.nanoTime(), Math::max);
        (ok ? answered : failed).incrementAndGet();
        if (answered.get() + failed.get() == attempts) {
            over();
        }
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
