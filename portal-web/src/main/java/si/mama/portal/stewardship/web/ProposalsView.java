package si.mama.portal.stewardship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.stewardship.boundary.Proposals;
import si.mama.portal.stewardship.entity.MeetingProposal;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposals of a year's meetings ({@code /office/proposals?year=}), grouped by plan area, for the analysis that
 * feeds next year's plan; the office admin ticks the ones taken into the draft plan.
 */
@Named
@ViewScoped
public class ProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Proposals proposals;

    @Inject
    PlanAreas areas;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Integer year;
    private List<ProposalGroups.Group> groups = List.of();
    private int count;
    /** The checkboxes' values, by proposal id. */
    private final Map<Long, Boolean> taken = new HashMap<>();

    public void load() {
        if (year == null) {
            year = PortalClock.today().getYear();
        }
        List<MeetingProposal> all = proposals.ofYear(year);
        count = all.size();
        // the group without an area is titled by the page, in the page's language
        groups = ProposalGroups.of(all, areas::titleOf, areas::positionOf, null);
        taken.clear();
        all.forEach(p -> taken.put(p.getId(), p.isTaken()));
    }

    /** The office admin takes a proposal into the draft plan, or no longer. */
    public void take(long proposalId) {
        boolean take = Boolean.TRUE.equals(taken.get(proposalId));
        proposals.take(proposalId, take);
        texts.info(take ? "stewardship.proposals.takenInfo" : "stewardship.proposals.droppedInfo");
        load();
    }

    public boolean isOfficeAdmin() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    public String getCountText() {
        return texts.format("stewardship.proposals.count", count, year);
    }

    public List<ProposalGroups.Group> getGroups() {
        return groups;
    }

    public Map<Long, Boolean> getTaken() {
        return taken;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
