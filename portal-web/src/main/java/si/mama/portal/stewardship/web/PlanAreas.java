package si.mama.portal.stewardship.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.plan.boundary.PublishedPlans;
import si.mama.portal.plan.entity.PlanSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas of the latest published plan, by their stable key: what proposals from meetings are tagged with and
 * grouped by. Keys survive copies and amendments, so a proposal tagged last year still finds its area.
 */
@Named
@RequestScoped
public class PlanAreas {

    /** One area of the plan: its key and title. */
    public record Area(String key, String title) {

        public String getKey() {
            return key;
        }

        public String getTitle() {
            return title;
        }
    }

    @Inject
    PublishedPlans plans;

    private Map<String, String> titles;

    /** The areas in the plan's order. */
    public List<Area> getAll() {
        return titles().entrySet().stream().map(e -> new Area(e.getKey(), e.getValue())).toList();
    }

    /** The area's title; a key the latest plan no longer has shows as itself, no key as {@code null}. */
    public String titleOf(String key) {
        return key == null ? null : titles().getOrDefault(key, key);
    }

    /** The area's place in the plan, unknown keys after the known ones. */
    public int positionOf(String key) {
        int position = 0;
        for (String known : titles().keySet()) {
            if (known.equals(key)) {
                return position;
            }
            position++;
        }
        return position;
    }

    private Map<String, String> titles() {
        if (titles == null) {
            titles = new LinkedHashMap<>();
            // the summary's sections load on first use: only the areas' keys and titles are read
            plans.latestSummary().ifPresent(plan -> {
                for (PlanSection area : plan.getAreas()) {
                    titles.put(area.getKey(), area.getTitle());
                }
            });
        }
        return titles;
    }
}
