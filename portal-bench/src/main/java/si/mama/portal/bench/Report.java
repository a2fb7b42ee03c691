package si.mama.portal.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's table: every figure as a ratio to this machine's floor measured in the same run, with its value. */
final class Report {

    private final LocalDateTime date;
    private final int small;
    private final int large;
    private final int users;
    private final int attempts;
    private final int seats;
    private final Duration warmUp;
    private final Duration pageWindow;
    private List<BenchRun.Page> pages = List.of();
    private Duration portalStart;
    private Duration keycloakStart;
    private boolean firstStart;
    private Duration smallLoad;
    private Duration largeLoad;
    private Map<String, Integer> smallCounts;
    private Map<String, Integer> largeCounts;
    private Timings smallTimings;
    private Timings largeTimings;
    private StatementLog smallStatements;
    private StatementLog largeStatements;
    private RushClock rush;
    private Map<String, Integer> rushStatuses;
    private double jdbcPerSecond;
    private int connections;
    private long heapUsedMb = -1;
    private long heapTotalMb = -1;
    private final Map<Integer, String> loads = new LinkedHashMap<>();

    Report(LocalDateTime date, int small, int large, int users, int attempts, int seats, Duration warmUp,
           Duration pageWindow) {
        this.date = date;
        this.small = small;
        this.large = large;
        this.users = users;
        this.attempts = attempts;
        this.seats = seats;
        this.warmUp = warmUp;
        this.pageWindow = pageWindow;
    }

    void started(Duration portal, Duration keycloak, boolean firstStart) {
        portalStart = portal;
        keycloakStart = keycloak;
        this.firstStart = firstStart;
    }

    /** The machine's load average (other processes included) before and after a size's page window. */
    void load(int size, String before, String after) {
        loads.put(size, before + " → " + after);
    }

    void pages(List<BenchRun.Page> measured) {
        pages = measured;
    }

    /** The figures at one size: how long its data took to load, its row counts, and the pages measured there. */
    void measured(boolean atSmall, Duration load, Map<String, Integer> counts, Timings timings, StatementLog statements) {
        if (atSmall) {
            smallLoad = load;
            smallCounts = counts;
            smallTimings = timings;
            smallStatements = statements;
        } else {
            largeLoad = load;
            largeCounts = counts;
            largeTimings = timings;
            largeStatements = statements;
        }
    }

    void rush(RushClock clock, Map<String, Integer> statuses, double jdbc, int pool) {
        rush = clock;
        rushStatuses = statuses;
        jdbcPerSecond = jdbc;
        connections = pool;
    }

    void heap(long usedMb, long totalMb) {
        heapUsedMb = usedMb;
        heapTotalMb = totalMb;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Benchmark run of ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n");
        int offices = Math.max(1, users / 5);
        md.append(String.format(Locale.ROOT, "%d concurrent users, all signed in through Keycloak before the window "
                        + "(%d centre admins, %d office admins), no think time: %d s of warm-up, then %d s measured "
                        + "per size, every page followed by the static file (the floor, in the same window). Ratios are "
                        + "to that floor; ✓ meets the target, ✗ does not. A failed request (counted in brackets) is not "
                        + "timed.%n%n", users, users - offices, offices, warmUp.toSeconds(), pageWindow.toSeconds()));
        if (smallTimings != null) {
            pagesTable(md);
        }
        if (largeTimings != null) {
            growthTable(md);
        }
        if (rush != null) {
            rushTable(md);
        }
        serverTable(md);
        if (smallCounts != null) {
            md.append(String.format(Locale.ROOT, "%nSmall set (demo data topped up by SQL in %s): %s.%n",
                    minutes(smallLoad), counts(smallCounts)));
        }
        return md.toString();
    }

    private void pagesTable(StringBuilder md) {
        md.append("#### Pages (floor: p95 of `").append(BenchRun.STATIC_FILE).append("`, same users, same window)\n\n");
        md.append("| page | size | SQL statements (+ pool validations) | requests | p50 ms | p95 ms | p50 ÷ floor "
                + "| p95 ÷ floor | ≤ 5× |\n|---|---|---:|---:|---:|---:|---:|---:|:-:|\n");
        pageRows(md, small, smallTimings, smallStatements);
        if (largeTimings != null) {
            pageRows(md, large, largeTimings, largeStatements);
        }
        md.append("\nLoad average of the machine (1 min, all processes, 2 cores) over the window: ");
        loads.forEach((size, load) -> md.append(size).append(" centres ").append(load).append("; "));
        md.append("\n\n");
    }

    private void growthTable(StringBuilder md) {
        md.append("#### Growth (p95 ÷ floor at ").append(large).append(" centres, divided by the same at ")
                .append(small).append(" centres)\n\n");
        md.append("| page | SQL statements ").append(small).append(" → ").append(large)
                .append(" | p95 ÷ floor ").append(small).append(" | p95 ÷ floor ").append(large)
                .append(" | growth | ≤ 1.5× | alone, fastest of 3: ms ").append(small).append(" → ").append(large)
                .append(" |\n|---|---:|---:|---:|---:|:-:|---:|\n");
        for (BenchRun.Page page : pages) {
            double before = smallTimings.percentile(page.label(), 95) / floor(smallTimings);
            double after = largeTimings.percentile(page.label(), 95) / floor(largeTimings);
            double growth = after / before;
            md.append(String.format(Locale.ROOT, "| %s | %d → %d | %.2f× | %.2f× | %.2f× | %s | %.0f → %.0f |%n",
                    page.label(), smallStatements.count(page.label()), largeStatements.count(page.label()), before,
                    after, growth, mark(growth <= 1.5),
                    smallTimings.percentile(PagesSimulation.ALONE + page.label(), 0),
                    largeTimings.percentile(PagesSimulation.ALONE + page.label(), 0)));
        }
        md.append(String.format(Locale.ROOT, "%nLarge set loaded by SQL in %s (target < 10 min %s): %s.%n%n",
                minutes(largeLoad), mark(largeLoad.toSeconds() < 600), counts(largeCounts)));
    }

    private void rushTable(StringBuilder md) {
        double throughput = rush.answered() / rush.seconds();
        double ratio = throughput / jdbcPerSecond;
        int confirmed = rushStatuses.getOrDefault("CONFIRMED", 0);
        md.append("#### Registration rush\n\n| figure | value | floor | ratio | target |\n|---|---:|---:|---:|:-:|\n");
        md.append(String.format(Locale.ROOT, "| %d concurrent attempts on a %d-seat training (centre admins' "
                        + "postbacks, signed in before) | %.1f registrations/s (%d answered in %.2f s, %d failed) | "
                        + "%.1f single-row autocommitted JDBC inserts/s over %d connections | %.3f | ≥ 0.3 %s |%n",
                attempts, seats, throughput, rush.answered(), rush.seconds(), rush.failed(), jdbcPerSecond,
                connections, ratio, mark(ratio >= 0.3)));
        if (rush.cpuMillisPerAttempt() >= 0) {
            md.append(String.format(Locale.ROOT, "| portal server CPU per attempt (postback, registration, page "
                    + "update) | %.0f ms | | | |%n", rush.cpuMillisPerAttempt()));
        }
        md.append(String.format(Locale.ROOT, "| confirmed seats | %d (%s) | | | exactly %d %s |%n%n", confirmed,
                rushStatuses, seats, mark(confirmed == seats)));
    }

    private void serverTable(StringBuilder md) {
        md.append("#### Server\n\n| figure | value | floor | ratio | target |\n|---|---:|---:|---:|:-:|\n");
        if (heapUsedMb >= 0) {
            md.append(String.format(Locale.ROOT, "| portal heap in use after a full GC, after the %s run | %d MB "
                            + "(of %d MB committed) | | | ≤ 512 MB %s |%n", largeTimings != null ? "large" : "small",
                    heapUsedMb, heapTotalMb, mark(heapUsedMb <= 512)));
        }
        if (portalStart != null) {
            md.append(String.format(Locale.ROOT, "| time to ready: portal (process start → /health/ready%s) "
                            + "| %.1f s | Keycloak's own start %.1f s | %.2f× | |%n",
                    firstStart ? ", first start: schema and demo data" : ", on kept data", portalStart.toMillis() / 1000.0, keycloakStart.toMillis() / 1000.0,
                    portalStart.toMillis() / (double) keycloakStart.toMillis()));
        }
    }

    private void pageRows(StringBuilder md, int size, Timings timings, StatementLog statements) {
        double floor = floor(timings);
        md.append(String.format(Locale.ROOT, "| *floor: static file* | %d centres | | %d | %.0f | %.0f | | | |%n", size,
                timings.count(BenchRun.STATIC_LABEL), timings.percentile(BenchRun.STATIC_LABEL, 50), floor));
        for (BenchRun.Page page : pages) {
            double p50 = timings.percentile(page.label(), 50);
            double p95 = timings.percentile(page.label(), 95);
            int failed = timings.failures(page.label());
            md.append(String.format(Locale.ROOT, "| %s | %d centres | %d (+ %d) | %d%s | %.0f | %.0f | %.2f× "
                            + "| %.2f× | %s |%n", page.label(), size, statements.count(page.label()),
                    statements.validations(page.label()), timings.count(page.label()),
                    failed > 0 ? " (" + failed + " failed)" : "", p50, p95, p50 / floor, p95 / floor,
                    mark(p95 / floor <= 5)));
        }
    }

    private static double floor(Timings timings) {
        return Math.max(1, timings.percentile(BenchRun.STATIC_LABEL, 95));
    }

    private static String mark(boolean met) {
        return met ? "✓" : "✗";
    }

    private static String minutes(Duration duration) {
        return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((table, count) -> text.append(text.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%,d %s", count, table)));
        return text.toString();
    }
}
