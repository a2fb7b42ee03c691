package si.mama.portal.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the attack suite tried and what failed, per part (id probes, inputs, CSRF, headers), printed as the suite's
 * last lines. A failure keeps its description; only the first few of each part are printed in full.
 */
final class AttackLedger {

    static final String PROBES = "id probes";
    static final String INPUTS = "inputs";
    static final String CSRF = "csrf";
    static final String HEADERS = "headers";

    private static final int SHOWN = 25;

    private final Map<String, AtomicInteger> tried = new LinkedHashMap<>();
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    AttackLedger() {
        for (String part : List.of(PROBES, INPUTS, CSRF, HEADERS)) {
            tried.put(part, new AtomicInteger());
            failures.put(part, new ArrayList<>());
        }
    }

    synchronized void tried(String part) {
        tried.get(part).incrementAndGet();
    }

    synchronized void fail(String part, String description) {
        failures.get(part).add(description);
    }

    /** Checks {@code condition}; counts one try of {@code part} and, when false, one failure. */
    synchronized boolean check(String part, boolean condition, String description) {
        tried(part);
        if (!condition) {
            fail(part, description);
        }
        return condition;
    }

    /** A line of facts about a part, printed with the counts (e.g. how many stored markers were seen escaped). */
    synchronized void note(String part, String note) {
        notes.merge(part, note, (a, b) -> a + "; " + b);
    }

    synchronized int tries(String part) {
        return tried.get(part).get();
    }

    synchronized List<String> failures(String part) {
        return List.copyOf(failures.get(part));
    }

    /** The failures of one part, for an assertion message. */
    synchronized String describe(String part) {
        List<String> failed = failures.get(part);
        StringBuilder text = new StringBuilder(failed.size() + " " + part + " failed:");
        failed.stream().limit(SHOWN).forEach(line -> text.append("\n  ").append(printable(line)));
        if (failed.size() > SHOWN) {
            text.append("\n  … and ").append(failed.size() - SHOWN).append(" more");
        }
        return text.toString();
    }

    /** Writes every failure of every part to {@code file}, one a line. */
    synchronized void write(java.nio.file.Path file) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            List<String> lines = new ArrayList<>();
            failures.forEach((part, failed) -> failed.forEach(line -> lines.add(printable(part + ": " + line))));
            java.nio.file.Files.write(file, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text as it can be printed: a lone surrogate (a hostile value's) becomes a question mark. */
    static String printable(String text) {
        return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The closing lines: every part's tries and failures, then the first failures of each. */
    synchronized List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (String part : List.of(PROBES, INPUTS, CSRF, HEADERS)) {
            if (!failures.get(part).isEmpty()) {
                lines.add("attack: " + describe(part).replace("\n", "\nattack: "));
            }
            if (notes.containsKey(part)) {
                lines.add("attack: " + part + ": " + notes.get(part));
            }
        }
        lines.add(String.format("attack: id probes tried=%d, failures=%d; inputs tried=%d, failures=%d; "
                        + "csrf tried=%d, failures=%d; headers tried=%d, failures=%d",
                tries(PROBES), failures.get(PROBES).size(), tries(INPUTS), failures.get(INPUTS).size(),
                tries(CSRF), failures.get(CSRF).size(), tries(HEADERS), failures.get(HEADERS).size()));
        return lines;
    }
}
