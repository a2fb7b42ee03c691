package si.mama.portal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response times that Gatling measured (its {@code responseTimeInMillis} check), kept per label for the
 * measured window only, so the table's percentiles never include the sign-ins before it.
 */
final class Timings {

    private final Map<String, List<Integer>> byLabel = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    void record(String label, int millis) {
        byLabel.computeIfAbsent(label, key -> Collections.synchronizedList(new ArrayList<>())).add(millis);
    }

    void failed(String label) {
        failures.merge(label, 1, Integer::sum);
    }

    int failures(String label) {
        return failures.getOrDefault(label, 0);
    }

    int count(String label) {
        List<Integer> values = byLabel.get(label);
        return values == null ? 0 : values.size();
    }

    /** The nearest-rank percentile, in milliseconds; NaN when nothing was measured. */
    double percentile(String label, double percent) {
        List<Integer> values = byLabel.get(label);
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Integer> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
