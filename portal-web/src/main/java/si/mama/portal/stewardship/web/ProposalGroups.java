package si.mama.portal.stewardship.web;

import si.mama.portal.stewardship.entity.MeetingProposal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A year's proposals grouped by the plan area they were tagged with, in the plan's order, proposals without an
 * area last; within an area in the order given (by centre). Shared by the page and its downloads.
 */
public final class ProposalGroups {

    /** One area's proposals; {@code key} is null for the proposals without an area. */
    public record Group(String key, String title, List<MeetingProposal> proposals) implements Serializable {

        public String getKey() {
            return key;
        }

        public String getTitle() {
            return title;
        }

        public List<MeetingProposal> getProposals() {
            return proposals;
        }
    }

    private ProposalGroups() {
    }

    /**
     * @param titleOf   an area's title by its key
     * @param positionOf an area's place in the plan
     * @param noArea    the title of the group without an area
     */
    static List<Group> of(List<MeetingProposal> proposals, Function<String, String> titleOf,
                          ToIntFunction<String> positionOf, String noArea) {
        Map<String, List<MeetingProposal>> byArea = new LinkedHashMap<>();
        proposals.stream()
                .sorted(Comparator.comparing((MeetingProposal p) -> p.getAreaKey() == null)
                        .thenComparingInt(p -> p.getAreaKey() == null ? 0 : positionOf.applyAsInt(p.getAreaKey()))
                        .thenComparing(p -> p.getAreaKey() == null ? "" : p.getAreaKey()))
                .forEach(p -> byArea.computeIfAbsent(p.getAreaKey(), key -> new ArrayList<>()).add(p));
        return byArea.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getKey() == null ? noArea : titleOf.apply(e.getKey()),
                        List.copyOf(e.getValue())))
                .toList();
    }
}
