package si.mama.portal.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's accessibility engine, run inside the browser) over a page as it is shown: the WCAG 2.0/2.1 A and
 * AA rules. Violations of impact serious or critical count; each page's full axe result is kept as JSON and a short
 * text under {@code target/browser/accessibility}, and every checked page is recorded for the run's count line.
 */
public final class Accessibility {

    /** WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> COUNTED = Set.of("serious", "critical");

    /** The pages checked in this run (all tests), in order. */
    private static final List<Page> CHECKED = new ArrayList<>();

    private Accessibility() {
    }

    /** One failing element of a rule: what axe says is wrong and where. */
    public record Violation(String page, String rule, String impact, String help, String helpUrl, String target,
                            String html, String summary) {
        @Override
        public String toString() {
            return "[" + impact + "] " + page + ": " + rule + " (" + help + ") at " + target + "\n    " + html
                    + "\n    " + summary.replace("\n", "\n    ");
        }
    }

    /** A checked page, its serious or critical violations and the ids of all rules it violates (any impact). */
    public record Page(String name, String url, List<Violation> violations, List<String> allRules) {
        long count(String impact) {
            return violations.stream().filter(v -> v.impact().equals(impact)).count();
        }
    }

    /** Runs axe over the whole page in {@code driver}; records and returns the serious and critical violations. */
    static Page check(WebDriver driver, String pageName) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + pageName + ": " + results.getErrorMessage());
        }
        List<Violation> counted = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (impact != null && COUNTED.contains(impact)) {
                    counted.add(new Violation(pageName, rule.getId(), impact, rule.getHelp(), rule.getHelpUrl(),
                            String.valueOf(node.getTarget()), node.getHtml(), String.valueOf(node.getFailureSummary())));
                }
            }
        }
        Page page = new Page(pageName, driver.getCurrentUrl(), List.copyOf(counted), results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + "x)").toList());
        synchronized (CHECKED) {
            CHECKED.add(page);
            write(page, results);
        }
        return page;
    }

    /** The run's count line: {@code accessibility: pages checked=…, serious=…, critical=…}. */
    public static String countLine() {
        synchronized (CHECKED) {
            return "accessibility: pages checked=" + CHECKED.size()
                    + ", serious=" + CHECKED.stream().mapToLong(p -> p.count("serious")).sum()
                    + ", critical=" + CHECKED.stream().mapToLong(p -> p.count("critical")).sum();
        }
    }

    private static Path dir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("portal.test.output", "target/browser")).resolve("accessibility"));
    }

    /** The page's axe result as JSON and its violations as text, and the run's summary so far: one line a page. */
    private static void write(Page page, Results results) {
        String file = page.name().replaceAll("[^A-Za-z0-9._-]+", "-");
        try {
            Path dir = dir();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("page", page.name());
            json.put("url", page.url());
            json.put("tags", TAGS);
            json.put("violations", results.getViolations());
            json.put("incomplete", results.getIncomplete());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(file + ".json").toFile(), json);
            Files.writeString(dir.resolve(file + ".txt"), line(page) + "\n"
                    + page.violations().stream().map(Violation::toString).collect(Collectors.joining("\n", "", "\n")));
            Files.writeString(dir.resolve("summary.txt"), "axe-core " + TAGS + ": serious and critical violations per page"
                    + " (all violated rules in brackets); details in <page>.txt and <page>.json\n"
                    + CHECKED.stream().map(Accessibility::line).collect(Collectors.joining("\n", "", "\n"))
                    + countLine() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Page page) {
        return page.name() + ": serious=" + page.count("serious") + ", critical=" + page.count("critical")
                + " " + page.allRules() + " " + page.url();
    }
}
