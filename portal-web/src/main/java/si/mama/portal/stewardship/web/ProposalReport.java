package si.mama.portal.stewardship.web;

import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.platform.export.TableModel;
import si.mama.portal.stewardship.entity.MeetingProposal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A year's proposals by plan area, as a spreadsheet (one row per proposal) or a document (a table per area). */
final class ProposalReport {

    private final Function<String, String> labels;
    private final BiFunction<String, Object[], String> formatter;

    ProposalReport(Function<String, String> labels, BiFunction<String, Object[], String> formatter) {
        this.labels = labels;
        this.formatter = formatter;
    }

    TableModel table(int year, List<ProposalGroups.Group> groups) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProposalGroups.Group group : groups) {
            for (MeetingProposal proposal : group.proposals()) {
                rows.add(List.of(group.title(), proposal.getMeeting().getCentre().getName(),
                        labels.apply(proposal.getMeeting().getCentre().getRegion().bundleKey()),
                        proposal.getMeeting().getHeldOn(), labels.apply(proposal.getKind().bundleKey()),
                        proposal.getText(), taken(proposal)));
            }
        }
        return new TableModel(formatter.apply("stewardship.proposals.sheet", new Object[] {year}), List.of(
                labels.apply("stewardship.meeting.area"), labels.apply("stewardship.centre"),
                labels.apply("centre.region"), labels.apply("stewardship.proposals.heldOn"),
                labels.apply("stewardship.meeting.kind"), labels.apply("stewardship.meeting.proposalText"),
                labels.apply("stewardship.proposals.take")), rows);
    }

    DocumentModel document(int year, List<ProposalGroups.Group> groups) {
        DocumentModel document = new DocumentModel(formatter.apply("stewardship.proposals.documentTitle", new Object[] {year}));
        document.heading(1, document.title());
        if (groups.isEmpty()) {
            document.paragraph(formatter.apply("stewardship.proposals.empty", new Object[] {year}));
        }
        for (ProposalGroups.Group group : groups) {
            document.heading(2, group.title());
            List<List<String>> rows = group.proposals().stream()
                    .map(p -> List.of(p.getMeeting().getCentre().getName(), labels.apply(p.getKind().bundleKey()),
                            p.getText(), taken(p)))
                    .toList();
            document.table(null, List.of(labels.apply("stewardship.centre"), labels.apply("stewardship.meeting.kind"),
                            labels.apply("stewardship.meeting.proposalText"), labels.apply("stewardship.proposals.take")),
                    rows, 3f, 2f, 7f, 2f);
        }
        return document;
    }

    private String taken(MeetingProposal proposal) {
        return proposal.isTaken() ? labels.apply("stewardship.proposals.yes") : "";
    }
}
