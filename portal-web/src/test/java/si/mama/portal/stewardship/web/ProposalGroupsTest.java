package si.mama.portal.stewardship.web;

import org.junit.jupiter.api.Test;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.centre.entity.MembershipStatus;
import si.mama.portal.centre.entity.Region;
import si.mama.portal.stewardship.entity.Meeting;
import si.mama.portal.stewardship.entity.MeetingFormat;
import si.mama.portal.stewardship.entity.MeetingPlan;
import si.mama.portal.stewardship.entity.MeetingProposal;
import si.mama.portal.stewardship.entity.Minutes;
import si.mama.portal.stewardship.entity.ProposalKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A year's proposals read by plan area: in the plan's order, areas the plan no longer has after, no area last. */
class ProposalGroupsTest {

    private static final Map<String, String> AREAS = Map.of("usposabljanje", "Področje usposabljanja",
            "kakovost", "Področje kakovosti mladinskega dela");
    private static final List<String> ORDER = List.of("usposabljanje", "kakovost");

    @Test
    void proposalsGroupByAreaInThePlansOrderWithTheOnesWithoutAnAreaLast() {
        List<MeetingProposal> proposals = new ArrayList<>();
        Meeting celje = heldMeetingOf("mc-celje", "Mladinski center Celje");
        Meeting brezice = heldMeetingOf("mc-brezice", "Mladinski center Brežice");
        proposals.add(brezice.addProposal("Srečanja posavskih centrov", null, ProposalKind.OTHER));
        proposals.add(brezice.addProposal("Kazalniki kakovosti", "kakovost", ProposalKind.RESEARCH));
        proposals.add(brezice.addProposal("Predlog za staro področje", "staro-podrocje", ProposalKind.NEXT_PLAN));
        proposals.add(brezice.addProposal("Supervizija za vodje", "usposabljanje", ProposalKind.NEXT_PLAN));
        proposals.add(celje.addProposal("Usposabljanje za prostovoljce", "usposabljanje", ProposalKind.NEXT_PLAN));

        List<ProposalGroups.Group> groups = ProposalGroups.of(proposals, key -> AREAS.getOrDefault(key, key),
                key -> ORDER.contains(key) ? ORDER.indexOf(key) : ORDER.size(), "Brez področja");

        assertEquals(List.of("Področje usposabljanja", "Področje kakovosti mladinskega dela", "staro-podrocje",
                "Brez področja"), groups.stream().map(ProposalGroups.Group::title).toList());
        assertEquals(List.of("Supervizija za vodje", "Usposabljanje za prostovoljce"),
                groups.get(0).proposals().stream().map(MeetingProposal::getText).toList(), "the given order within an area");
        assertEquals(null, groups.get(3).key());
    }

    @Test
    void noProposalsNoGroups() {
        assertEquals(List.of(), ProposalGroups.of(List.of(), key -> key, key -> 0, "Brez področja"));
    }

    private static Meeting heldMeetingOf(String alias, String name) {
        Centre centre = new Centre(alias, name, "Kraj", Region.POSAVSKA);
        centre.changeMembership(MembershipStatus.MEMBER, LocalDate.of(2020, 1, 1), null, LocalDate.of(2026, 1, 1));
        LocalDate day = LocalDate.of(2026, 3, 10);
        Meeting meeting = new Meeting(centre, new MeetingPlan(day, MeetingFormat.ON_SITE, null, null, null),
                "office.steward", "Miha Jereb");
        meeting.record(new Minutes(day, "Stanje", null, null, null), day);
        return meeting;
    }
}
