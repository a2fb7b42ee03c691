package si.mama.portal.plan.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import si.mama.portal.plan.entity.PlanComparison.Change;
import si.mama.portal.plan.entity.PlanComparison.ChangeKind;
import si.mama.portal.plan.entity.PlanComparison.FieldChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanComparisonTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

    private Plan original;
    private Plan amendment;

    @BeforeEach
    void publishAndAmend() {
        original = new Plan(2021, "LDN 2021", null);
        PlanSection area = original.addArea(new SectionDetails(SectionKind.AREA, "1.", "Podpora centrom", null,
                null, null, null));
        original.addStatement(area, StatementKind.GOAL, "Okrepiti centre");
        original.addStatement(area, StatementKind.GOAL, "Povezati centre");
        original.addStatement(area, StatementKind.INDICATOR, "Zadovoljstvo centrov");
        PlanActivity training = original.addActivity(area, new ActivityDetails("Usposabljanja", "februar – december",
                2, 12, "Izvedena usposabljanja", null));
        original.addTarget(training, new TargetDetails(new BigDecimal("4"), "usposabljanj", "izvedena", null));
        original.addActivity(area, new ActivityDetails("Srečanja", null, null, null, null, null));
        PlanSection project = original.addSection(area, new SectionDetails(SectionKind.PROJECT, null,
                "Projekt Mladi", null, null, "MOL", NetworkRole.APPLICANT));
        original.addActivity(project, new ActivityDetails("Delavnice", null, null, null, null, null));
        original.addSection(area, new SectionDetails(SectionKind.PROGRAMME, null, "Program Erasmus+", null, null,
                null, null));
        original.addArea(new SectionDetails(SectionKind.AREA, "2.", "Zagovorništvo", null, null, null, null));

        LocalDate on = LocalDate.of(2021, 1, 11);
        for (PlanStage step : original.path().subList(1, original.path().size())) {
            original.record(step, on, step == PlanStage.PUBLISHED ? Decision.PUBLISHED : Decision.APPROVED, null,
                    "office.admin", TODAY);
            on = on.plusWeeks(1);
        }
        amendment = original.amend("Spremembe med letom", 2);
    }

    private PlanSection area(Plan plan) {
        return plan.getAreas().get(0);
    }

    private PlanActivity training(Plan plan) {
        return area(plan).getActivities().get(0);
    }

    private PlanComparison compare() {
        return PlanComparison.between(original, amendment);
    }

    private static Change only(PlanComparison comparison) {
        assertEquals(1, comparison.getChanges().size(), () -> comparison.getChanges().toString());
        return comparison.getChanges().get(0);
    }

    @Test
    void anIdenticalAmendmentHasNoChanges() {
        PlanComparison comparison = compare();
        assertTrue(comparison.isEmpty());
        assertSame(original, comparison.getOlder());
        assertSame(amendment, comparison.getNewer());
        for (ChangeKind kind : ChangeKind.values()) {
            assertEquals(0, comparison.count(kind));
        }
    }

    @Test
    void aCopyForTheNextYearHasNoChanges() {
        assertTrue(PlanComparison.between(original, original.copyFor(2022)).isEmpty());
    }

    @Test
    void aChangedActivityTitleIsReportedFieldByField() {
        PlanActivity activity = training(amendment);
        amendment.updateActivity(activity, new ActivityDetails("Usposabljanja za centre", "februar – december", 2,
                12, "Izvedena usposabljanja", null));

        PlanComparison comparison = compare();
        Change change = only(comparison);
        assertEquals(ChangeKind.CHANGED, change.getKind());
        assertSame(activity, change.item(), "the changed item as it is now");
        assertEquals(activity.getKey(), change.getKey());
        assertEquals("ACTIVITY", change.getItemType());
        assertEquals("Usposabljanja za centre", change.getLabel());
        assertEquals("Podpora centrom", change.getContext());
        assertEquals(List.of(new FieldChange("title", "Usposabljanja", "Usposabljanja za centre")),
                change.getFields());
        FieldChange field = change.getFields().get(0);
        assertEquals("title", field.getField());
        assertEquals("Usposabljanja", field.getBefore());
        assertEquals("Usposabljanja za centre", field.getAfter());
        assertEquals(1, comparison.count(ChangeKind.CHANGED));
        assertEquals(0, comparison.count(ChangeKind.ADDED));
    }

    @Test
    void everyChangedFieldIsListedInContentOrder() {
        amendment.updateActivity(training(amendment), new ActivityDetails("Usposabljanja", null, 3, 12,
                "Izvedena usposabljanja", "Vsi centri"));
        assertEquals(List.of(
                        new FieldChange("periodLabel", "februar – december", ""),
                        new FieldChange("months", "2–12", "3–12"),
                        new FieldChange("participation", "", "Vsi centri")),
                only(compare()).getFields());
    }

    @Test
    void aChangedTargetValueIsReportedAsWritten() {
        PlanTarget target = training(amendment).getTargets().get(0);
        amendment.updateTarget(target, new TargetDetails(new BigDecimal("4.0"), "usposabljanj", "izvedena", null));
        assertTrue(compare().isEmpty(), "4.0 is the same value as 4");

        amendment.updateTarget(target, new TargetDetails(new BigDecimal("6"), "usposabljanj", "izvedena", null));
        Change change = only(compare());
        assertEquals("TARGET", change.getItemType());
        assertEquals(List.of(new FieldChange("value", "4", "6")), change.getFields());
    }

    @Test
    void anAddedTargetIsReported() {
        PlanActivity activity = training(amendment);
        PlanTarget added = amendment.addTarget(activity,
                new TargetDetails(new BigDecimal("80"), "udeležencev", "udeleženci", null));

        PlanComparison comparison = compare();
        Change change = only(comparison);
        assertEquals(ChangeKind.ADDED, change.getKind());
        assertSame(added, change.item());
        assertEquals("TARGET", change.getItemType());
        assertEquals("80 udeležencev", change.getLabel());
        assertEquals("Podpora centrom › Usposabljanja", change.getContext());
        assertTrue(change.getFields().isEmpty());
        assertEquals(1, comparison.count(ChangeKind.ADDED));
    }

    @Test
    void aRemovedGoalIsReported() {
        PlanStatement goal = area(amendment).getGoals().get(1);
        amendment.removeStatement(goal);

        PlanComparison comparison = compare();
        Change change = only(comparison);
        assertEquals(ChangeKind.REMOVED, change.getKind());
        assertSame(area(original).getGoals().get(1), change.item(), "the removed item as it was");
        assertEquals(goal.getKey(), change.getKey());
        assertEquals("GOAL", change.getItemType());
        assertEquals("Povezati centre", change.getLabel());
        assertEquals("Podpora centrom", change.getContext());
        assertTrue(change.getFields().isEmpty());
        assertEquals(1, comparison.count(ChangeKind.REMOVED));
    }

    @Test
    void aRemovedProjectIsReportedWithEverythingInIt() {
        amendment.removeSection(area(amendment).getChildren().get(0));
        PlanComparison comparison = compare();
        assertEquals(2, comparison.count(ChangeKind.REMOVED));
        assertEquals(List.of("PROJECT", "ACTIVITY"),
                comparison.getChanges().stream().map(Change::getItemType).toList());
    }

    @Test
    void movedItemsAreNotChanges() {
        PlanSection area = area(amendment);
        amendment.moveSection(area, 1);
        amendment.moveSection(area.getChildren().get(0), 1);
        amendment.moveStatement(area.getGoals().get(0), 1);
        amendment.moveActivity(area.getActivities().get(0), 1);
        assertEquals("Zagovorništvo", amendment.getAreas().get(0).getTitle(), "the areas did move");
        assertTrue(compare().isEmpty());
    }

    @Test
    void addedAndChangedComeInPlanOrderFollowedByRemoved() {
        PlanSection area = area(amendment);
        amendment.removeStatement(area.getIndicators().get(0));
        PlanSection newArea = amendment.addArea(new SectionDetails(SectionKind.AREA, "3.", "Mednarodno", null, null,
                null, null));
        amendment.updateSection(area, new SectionDetails(SectionKind.AREA, "1.", "Podpora", null, null, null, null));

        PlanComparison comparison = compare();
        assertEquals(List.of(ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.REMOVED),
                comparison.getChanges().stream().map(Change::getKind).toList());
        assertSame(newArea, comparison.getChanges().get(1).item());
        assertEquals(List.of(new FieldChange("title", "Podpora centrom", "Podpora")),
                comparison.getChanges().get(0).getFields());
    }

    @Test
    void everyItemTypeAndContextIsNamed() {
        Plan empty = new Plan(2021, "Prazen LDN 2021", null);
        List<Change> changes = PlanComparison.between(empty, original).getChanges();
        assertTrue(changes.stream().allMatch(change -> change.getKind() == ChangeKind.ADDED));
        assertEquals(List.of("AREA", "GOAL", "GOAL", "INDICATOR", "ACTIVITY", "TARGET", "ACTIVITY", "PROJECT",
                        "ACTIVITY", "PROGRAMME", "AREA"),
                changes.stream().map(Change::getItemType).toList());
        assertEquals(List.of("", "Podpora centrom", "Podpora centrom", "Podpora centrom", "Podpora centrom",
                        "Podpora centrom › Usposabljanja", "Podpora centrom", "Podpora centrom", "Projekt Mladi",
                        "Podpora centrom", ""),
                changes.stream().map(Change::getContext).toList());

        List<Change> removed = PlanComparison.between(original, empty).getChanges();
        assertEquals(changes.size(), removed.size());
        assertTrue(removed.stream().allMatch(change -> change.getKind() == ChangeKind.REMOVED));
    }
}
