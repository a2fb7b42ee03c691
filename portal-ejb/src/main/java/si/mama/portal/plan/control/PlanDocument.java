package si.mama.portal.plan.control;

import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActivity;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.PlanStatement;
import si.mama.portal.plan.entity.PlanStep;
import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.platform.export.DocumentModel;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lays a plan out like the network's original Word document: the approval procedure, then chapter by
 * chapter each area with its strategy goals, purpose (NAMEN), goals (CILJI), qualitative indicators and the
 * activity table (KAJ, KDAJ, KAZALNIK), its projects following. Labels come from the caller's bundle.
 */
public final class PlanDocument {

    private final Function<String, String> text;
    private final DateTimeFormatter dates;

    public PlanDocument(Function<String, String> text, Locale locale) {
        this.text = Objects.requireNonNull(text, "text");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public DocumentModel of(Plan plan) {
        String title = plan.getVersionNo() > 1
                ? plan.getTitle() + " (" + text.apply("plan.doc.version") + " " + plan.getVersionNo() + ")"
                : plan.getTitle();
        DocumentModel document = new DocumentModel(title).heading(0, title);
        document.paragraph(plan.getIntroduction());
        document.labelled(text.apply("plan.doc.amendmentReason"), plan.getAmendmentReason());
        if (!plan.getHistory().isEmpty()) {
            document.list(text.apply("plan.doc.procedure"),
                    plan.getHistory().stream().map(step -> step(plan, step)).toList(), false);
        }
        String chapter = null;
        for (PlanSection area : plan.getAreas()) {
            if (area.getChapter() != null && !area.getChapter().equals(chapter)) {
                chapter = area.getChapter();
                document.heading(1, chapter);
            }
            document.heading(2, area.getTitle());
            section(document, area);
            for (PlanSection child : area.getChildren()) {
                document.heading(3, text.apply("plan.kind." + child.getKind()) + ": " + child.getTitle());
                if (child.getFunding() != null || child.getNetworkRole() != null) {
                    document.paragraph(funding(child));
                }
                section(document, child);
            }
        }
        return document;
    }

    private String step(Plan plan, PlanStep step) {
        StringBuilder line = new StringBuilder();
        if (plan.getVersionNo() > 1) {
            line.append(text.apply("plan.doc.version")).append(' ').append(step.getVersionNo()).append(": ");
        }
        line.append(text.apply("plan.stage." + step.getStage()))
                .append(", ").append(dates.format(step.getDecidedOn()))
                .append(": ").append(text.apply("plan.decision." + step.getDecision()));
        if (step.getNote() != null) {
            line.append(" – ").append(step.getNote());
        }
        return line.toString();
    }

    private String funding(PlanSection section) {
        List<String> parts = new ArrayList<>();
        if (section.getFunding() != null) {
            parts.add(section.getFunding());
        }
        if (section.getNetworkRole() != null) {
            parts.add(text.apply("plan.role." + section.getNetworkRole()));
        }
        return String.join(", ", parts);
    }

    private void section(DocumentModel document, PlanSection section) {
        for (String goal : section.getStrategyGoalLines()) {
            document.paragraph(goal);
        }
        document.labelled(text.apply("plan.doc.purpose"), section.getPurpose());
        document.list(text.apply("plan.doc.goals"), texts(section.getGoals()), true);
        document.list(text.apply("plan.doc.indicators"), texts(section.getIndicators()), true);
        if (!section.getActivities().isEmpty()) {
            document.table(text.apply("plan.doc.activities"), List.of(text.apply("plan.doc.what"), text.apply("plan.doc.when"),
                            text.apply("plan.doc.target")),
                    section.getActivities().stream().map(this::row).toList(), 3, 2, 6);
        }
    }

    private List<String> row(PlanActivity activity) {
        StringBuilder target = new StringBuilder(Objects.requireNonNullElse(activity.getDescription(), ""));
        for (PlanTarget each : activity.getTargets()) {
            if (!target.isEmpty()) {
                target.append('\n');
            }
            target.append(text.apply("plan.doc.targetValue")).append(' ').append(each.getValueText()).append(' ')
                    .append(each.getUnit()).append(" – ").append(each.getCounted());
        }
        return List.of(activity.getTitle(), Objects.requireNonNullElse(activity.getPeriodLabel(), ""),
                target.toString());
    }

    private static List<String> texts(List<PlanStatement> statements) {
        return statements.stream().map(PlanStatement::getText).toList();
    }
}
