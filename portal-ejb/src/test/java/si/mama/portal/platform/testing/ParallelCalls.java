package si.mama.portal.platform.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs many calls at the same moment, each on its own thread of the container's default managed executor and
 * each as its own signed-in user, as concurrent web requests would. A managed executor thread has no active
 * request context, so every call activates one of its own (the {@link CurrentUser} is request-scoped), signs in
 * and deactivates it afterwards. All calls first wait on one latch, released once every thread is ready.
 * <p>
 * Payara's default executor hands tasks straight to threads (no queue) up to {@value #MAX_AT_ONCE} threads: more
 * calls than that at once would be rejected, not queued.
 */
@ApplicationScoped
public class ParallelCalls {

    /** What a call does once its caller is signed in. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** One call: who makes it, a label for the report, and the work. */
    public record Call<T>(Caller caller, String label, Work<T> work) {
    }

    /** A call's result or the throwable that escaped it (never both). */
    public record Result<T>(Call<T> call, T value, Throwable error) {
    }

    /**
     * The results in the order of the calls; how many threads were waiting at the latch when it opened; the most
     * calls that were inside the work at once; the wall time from the release to the last result.
     */
    public record Run<T>(List<Result<T>> results, int readyAtRelease, int maxInside, Duration elapsed) {

        public List<Result<T>> failures() {
            return results.stream().filter(result -> result.error() != null).toList();
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** Payara Micro's default managed executor: maximum-pool-size 200, core-pool-size 0, so no task queue. */
    public static final int MAX_AT_ONCE = 200;

    public <T> Run<T> together(List<Call<T>> calls, Duration timeout) throws InterruptedException {
        if (calls.size() > MAX_AT_ONCE) {
            throw new IllegalArgumentException(calls.size() + " calls: the default executor runs at most " + MAX_AT_ONCE);
        }
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        List<Future<Result<T>>> futures = new ArrayList<>();
        int rejected = 0;
        int readyAtRelease;
        try {
            for (Call<T> call : calls) {
                try {
                    futures.add(executor.submit(() -> {
                        ready.countDown();
                        if (!go.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                            return new Result<>(call, null, new IllegalStateException("never released"));
                        }
                        return run(call, inside, maxInside);
                    }));
                } catch (RejectedExecutionException e) {
                    futures.add(CompletableFuture.completedFuture(new Result<>(call, null, e)));
                    rejected++;
                    ready.countDown();
                }
            }
            ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            readyAtRelease = (int) (calls.size() - ready.getCount() - rejected);
        } finally {
            go.countDown();
        }
        long started = System.nanoTime();
        List<Result<T>> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.add(futures.get(i).get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (Exception e) {
                futures.get(i).cancel(true);
                results.add(new Result<>(calls.get(i), null, e));
            }
        }
        return new Run<>(results, readyAtRelease, maxInside.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static <T> Result<T> run(Call<T> call, AtomicInteger inside, AtomicInteger maxInside) {
        RequestContextController request = CDI.current().select(RequestContextController.class).get();
        try {
            request.activate();
            try {
                CDI.current().select(CurrentUser.class).get().signIn(call.caller());
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    return new Result<>(call, call.work().call(), null);
                } finally {
                    inside.decrementAndGet();
                }
            } finally {
                request.deactivate();
            }
        } catch (Throwable error) {
            return new Result<>(call, null, error);
        }
    }
}
