package si.mama.portal.plan.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanContentTest {

    private final Plan plan = new Plan(2021, "LDN 2021", null);

    private static SectionDetails area(String title) {
        return new SectionDetails(SectionKind.AREA, null, title, null, null, null, null);
    }

    private static SectionDetails project(String title) {
        return new SectionDetails(SectionKind.PROJECT, null, title, null, null, null, null);
    }

    private static SectionDetails programme(String title) {
        return new SectionDetails(SectionKind.PROGRAMME, null, title, null, null, null, null);
    }

    private static ActivityDetails activity(String title) {
        return new ActivityDetails(title, null, null, null, null, null);
    }

    private static TargetDetails target(String value, String unit) {
        return new TargetDetails(new BigDecimal(value), unit, "šteto", null);
    }

    private static void assertViolation(String rule, Executable action) {
        assertEquals(rule, assertThrows(PlanRuleViolation.class, action).rule());
    }

    private static List<String> labels(List<? extends PlanItem> items) {
        return items.stream().map(PlanItem::label).toList();
    }

    private static List<Integer> positions(List<? extends PlanItem> items) {
        return items.stream().map(PlanItem::getPosition).toList();
    }

    // ---- nesting ------------------------------------------------------------------------------------------------

    @Test
    void projectsAndProgrammesAreAddedInsideAnArea() {
        PlanSection area = plan.addArea(area("Podpora centrom"));
        PlanSection project = plan.addSection(area, project("Projekt Mladi"));
        PlanSection programme = plan.addSection(area, programme("Program Erasmus+"));

        assertTrue(area.isArea());
        assertNull(area.getParent());
        assertFalse(project.isArea());
        assertSame(area, project.getParent());
        assertSame(area, programme.getParent());
        assertEquals(List.of(project, programme), area.getChildren());
        assertEquals(List.of(area), plan.getAreas(), "projects are not areas");
        assertSame(plan, project.getPlan());
        assertEquals(SectionKind.PROGRAMME, programme.getKind());
    }

    @Test
    void aProjectNeedsAnAreaAsItsParent() {
        assertViolation("sectionNesting", () -> plan.addArea(project("Projekt brez področja")));
        assertViolation("sectionNesting", () -> plan.addArea(programme("Program brez področja")));
        PlanSection area = plan.addArea(area("Podpora centrom"));
        assertViolation("sectionNesting", () -> plan.addSection(area, area("Področje v področju")));
        PlanSection project = plan.addSection(area, project("Projekt Mladi"));
        assertViolation("sectionNesting", () -> plan.addSection(project, project("Projekt v projektu")));

        assertEquals(List.of(area), plan.getAreas());
        assertEquals(List.of(project), area.getChildren());
        assertTrue(project.getChildren().isEmpty());
        assertEquals(2, plan.items().count());
    }

    @Test
    void aSectionCannotTurnBetweenAreaAndProject() {
        PlanSection area = plan.addArea(area("Podpora centrom"));
        PlanSection project = plan.addSection(area, project("Projekt Mladi"));
        assertViolation("sectionNesting", () -> plan.updateSection(area, project("Podpora centrom")));
        assertViolation("sectionNesting", () -> plan.updateSection(project, area("Projekt Mladi")));
        assertEquals(SectionKind.AREA, area.getKind());

        plan.updateSection(project, programme("Program Mladi"));
        assertEquals(SectionKind.PROGRAMME, project.getKind());
        assertEquals("Program Mladi", project.getTitle());
    }

    @Test
    void itemsOfAnotherPlanAreRefused() {
        Plan other = new Plan(2021, "Drug LDN 2021", null);
        PlanSection foreignArea = other.addArea(area("Tuje področje"));
        PlanActivity foreignActivity = other.addActivity(foreignArea, activity("Tuja aktivnost"));
        assertThrows(IllegalArgumentException.class, () -> plan.addSection(foreignArea, project("Projekt")));
        assertThrows(IllegalArgumentException.class, () -> plan.addActivity(foreignArea, activity("Aktivnost")));
        assertThrows(IllegalArgumentException.class, () -> plan.addTarget(foreignActivity, target("1", "kos")));
        assertThrows(IllegalArgumentException.class, () -> plan.removeSection(foreignArea));
        assertEquals(1, other.getAreas().size());
        assertEquals(0, plan.items().count());
    }

    @Test
    void statementTextIsRequiredAndStripped() {
        PlanSection area = plan.addArea(area("Podpora centrom"));
        assertThrows(IllegalArgumentException.class, () -> plan.addStatement(area, StatementKind.GOAL, "  "));
        PlanStatement goal = plan.addStatement(area, StatementKind.GOAL, "  Okrepiti centre ");
        assertEquals("Okrepiti centre", goal.getText());
        assertSame(area, goal.getSection());
        assertThrows(IllegalArgumentException.class, () -> plan.updateStatement(goal, null));
        assertEquals("Okrepiti centre", goal.getText());
    }

    // ---- positions --------------------------------------------------------------------------------------------

    @Test
    void addedItemsAreNumberedOneToN() {
        PlanSection first = plan.addArea(area("A"));
        plan.addArea(area("B"));
        plan.addArea(area("C"));
        assertEquals(List.of(1, 2, 3), positions(plan.getAreas()));

        plan.addSection(first, project("P1"));
        plan.addSection(first, programme("P2"));
        assertEquals(List.of(1, 2), positions(first.getChildren()));

        plan.addStatement(first, StatementKind.GOAL, "Cilj 1");
        plan.addStatement(first, StatementKind.INDICATOR, "Kazalnik 1");
        plan.addStatement(first, StatementKind.GOAL, "Cilj 2");
        plan.addStatement(first, StatementKind.GOAL, "Cilj 3");
        plan.addStatement(first, StatementKind.INDICATOR, "Kazalnik 2");
        assertEquals(List.of(1, 2, 3), positions(first.getGoals()), "goals are numbered on their own");
        assertEquals(List.of(1, 2), positions(first.getIndicators()), "indicators are numbered on their own");
        assertEquals(List.of("Cilj 1", "Cilj 2", "Cilj 3"), labels(first.getGoals()));

        PlanActivity activity = plan.addActivity(first, activity("A1"));
        plan.addActivity(first, activity("A2"));
        plan.addActivity(first, activity("A3"));
        assertEquals(List.of(1, 2, 3), positions(first.getActivities()));

        plan.addTarget(activity, target("1", "kos"));
        plan.addTarget(activity, target("2", "kosa"));
        assertEquals(List.of(1, 2), positions(activity.getTargets()));
    }

    @Test
    void moveSectionSwapsNeighboursAndStopsAtTheEdges() {
        PlanSection a = plan.addArea(area("A"));
        PlanSection b = plan.addArea(area("B"));
        PlanSection c = plan.addArea(area("C"));

        assertTrue(plan.moveSection(b, -1));
        assertEquals(List.of(b, a, c), plan.getAreas());
        assertEquals(List.of(1, 2, 3), positions(plan.getAreas()));
        assertFalse(plan.moveSection(b, -1), "already first");
        assertFalse(plan.moveSection(c, 1), "already last");
        assertEquals(List.of(b, a, c), plan.getAreas());

        assertTrue(plan.moveSection(a, 1));
        assertEquals(List.of(b, c, a), plan.getAreas());
        assertEquals(List.of(1, 2, 3), positions(plan.getAreas()));
    }

    @Test
    void moveSectionMovesAProjectAmongTheProjectsOfItsArea() {
        PlanSection area = plan.addArea(area("A"));
        PlanSection other = plan.addArea(area("B"));
        PlanSection p1 = plan.addSection(area, project("P1"));
        PlanSection p2 = plan.addSection(area, project("P2"));
        plan.addSection(other, project("Q1"));

        assertFalse(plan.moveSection(p1, -1));
        assertTrue(plan.moveSection(p1, 1));
        assertEquals(List.of(p2, p1), area.getChildren());
        assertFalse(plan.moveSection(p1, 1));
        assertEquals(List.of(area, other), plan.getAreas(), "areas are not touched");
    }

    @Test
    void moveActivitySwapsNeighboursAndStopsAtTheEdges() {
        PlanSection area = plan.addArea(area("A"));
        PlanActivity a1 = plan.addActivity(area, activity("A1"));
        PlanActivity a2 = plan.addActivity(area, activity("A2"));
        PlanActivity a3 = plan.addActivity(area, activity("A3"));

        assertFalse(plan.moveActivity(a1, -1));
        assertFalse(plan.moveActivity(a3, 1));
        assertTrue(plan.moveActivity(a3, -1));
        assertEquals(List.of(a1, a3, a2), area.getActivities());
        assertTrue(plan.moveActivity(a1, 1));
        assertEquals(List.of(a3, a1, a2), area.getActivities());
        assertEquals(List.of(1, 2, 3), positions(area.getActivities()));
    }

    @Test
    void moveStatementMovesAmongStatementsOfTheSameKind() {
        PlanSection area = plan.addArea(area("A"));
        PlanStatement indicator = plan.addStatement(area, StatementKind.INDICATOR, "Kazalnik");
        PlanStatement g1 = plan.addStatement(area, StatementKind.GOAL, "Cilj 1");
        PlanStatement g2 = plan.addStatement(area, StatementKind.GOAL, "Cilj 2");

        assertFalse(plan.moveStatement(g1, -1), "first goal, even though an indicator was added before it");
        assertFalse(plan.moveStatement(indicator, 1), "the only indicator");
        assertFalse(plan.moveStatement(indicator, -1));
        assertTrue(plan.moveStatement(g2, -1));
        assertEquals(List.of(g2, g1), area.getGoals());
        assertEquals(List.of(1, 2), positions(area.getGoals()));
        assertFalse(plan.moveStatement(g1, 1));
        assertEquals(List.of(indicator), area.getIndicators());
        assertEquals(1, indicator.getPosition());
    }

    @Test
    void movingCloseGapsLeftByRemovals() {
        PlanSection area = plan.addArea(area("A"));
        PlanActivity a1 = plan.addActivity(area, activity("A1"));
        PlanActivity a2 = plan.addActivity(area, activity("A2"));
        PlanActivity a3 = plan.addActivity(area, activity("A3"));
        plan.removeActivity(a2);
        assertTrue(plan.moveActivity(a3, -1));
        assertEquals(List.of(a3, a1), area.getActivities());
        assertEquals(List.of(1, 2), positions(area.getActivities()));
    }

    // ---- removing -------------------------------------------------------------------------------------------------

    @Test
    void removingAnAreaRemovesItsProjectsToo() {
        PlanSection area = plan.addArea(area("A"));
        PlanSection kept = plan.addArea(area("B"));
        PlanActivity keptActivity = plan.addActivity(kept, activity("B1"));
        plan.addStatement(area, StatementKind.GOAL, "Cilj");
        plan.addTarget(plan.addActivity(area, activity("A1")), target("3", "kosi"));
        PlanSection project = plan.addSection(area, project("P1"));
        plan.addStatement(project, StatementKind.INDICATOR, "Kazalnik projekta");
        plan.addTarget(plan.addActivity(project, activity("P1-1")), target("5", "kosov"));
        plan.addSection(area, programme("P2"));
        assertEquals(11, plan.items().count());

        plan.removeSection(area);

        assertEquals(List.of(kept), plan.getAreas());
        assertEquals(List.of(kept, keptActivity), plan.items().toList());
        assertEquals(List.of(keptActivity), plan.getActivities());
        assertTrue(plan.getTargets().isEmpty());
        assertFalse(plan.items().anyMatch(item -> item == project));
    }

    @Test
    void removingAProjectLeavesItsArea() {
        PlanSection area = plan.addArea(area("A"));
        PlanSection p1 = plan.addSection(area, project("P1"));
        PlanSection p2 = plan.addSection(area, project("P2"));
        plan.addActivity(p1, activity("P1-1"));

        plan.removeSection(p1);

        assertEquals(List.of(p2), area.getChildren());
        assertEquals(List.of(area), plan.getAreas());
        assertEquals(List.of(area, p2), plan.items().toList());
    }

    @Test
    void removingStatementsActivitiesAndTargets() {
        PlanSection area = plan.addArea(area("A"));
        PlanStatement goal = plan.addStatement(area, StatementKind.GOAL, "Cilj");
        PlanActivity a1 = plan.addActivity(area, activity("A1"));
        PlanActivity a2 = plan.addActivity(area, activity("A2"));
        PlanTarget t1 = plan.addTarget(a1, target("1", "kos"));
        PlanTarget t2 = plan.addTarget(a1, target("2", "kosa"));
        plan.addTarget(a2, target("3", "kosi"));

        plan.removeTarget(t1);
        assertEquals(List.of(t2), a1.getTargets());
        plan.removeStatement(goal);
        assertTrue(area.getGoals().isEmpty());
        plan.removeActivity(a2);
        assertEquals(List.of(a1), area.getActivities());
        assertEquals(List.of(area, a1, t2), plan.items().toList());
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @Test
    void itemsListEachSectionFollowedByItsGoalsIndicatorsActivitiesAndTargets() {
        PlanSection a = plan.addArea(area("A"));
        PlanSection b = plan.addArea(area("B"));
        PlanSection project = plan.addSection(a, project("P"));
        PlanActivity pActivity = plan.addActivity(project, activity("P-1"));
        PlanActivity a1 = plan.addActivity(a, activity("A-1"));
        PlanTarget a1t1 = plan.addTarget(a1, target("1", "kos"));
        PlanActivity a2 = plan.addActivity(a, activity("A-2"));
        PlanStatement indicator = plan.addStatement(a, StatementKind.INDICATOR, "A-kazalnik");
        PlanStatement goal = plan.addStatement(a, StatementKind.GOAL, "A-cilj");
        PlanTarget a1t2 = plan.addTarget(a1, target("2", "kosa"));
        PlanStatement bGoal = plan.addStatement(b, StatementKind.GOAL, "B-cilj");
        PlanTarget pTarget = plan.addTarget(pActivity, target("3", "kosi"));

        assertEquals(List.of(a, goal, indicator, a1, a1t1, a1t2, a2, project, pActivity, pTarget, b, bGoal),
                plan.items().toList());
        assertEquals(List.of(a1, a2, pActivity), plan.getActivities());
        assertEquals(List.of(a1t1, a1t2, pTarget), plan.getTargets());

        plan.moveSection(b, -1);
        plan.moveActivity(a2, -1);
        assertEquals(List.of(b, bGoal, a, goal, indicator, a2, a1, a1t1, a1t2, project, pActivity, pTarget),
                plan.items().toList());
        assertEquals(List.of(a2, a1, pActivity), plan.getActivities());
    }

    @Test
    void anActivityKnowsItsAreaDirectlyOrThroughItsProject() {
        PlanSection area = plan.addArea(area("A"));
        PlanSection project = plan.addSection(area, project("P"));
        PlanActivity inArea = plan.addActivity(area, activity("A-1"));
        PlanActivity inProject = plan.addActivity(project, activity("P-1"));
        assertSame(area, inArea.getArea());
        assertSame(area, inProject.getArea());
        assertSame(project, inProject.getSection());
    }

    @Test
    void theTimelineShowsOnlyActivitiesWithKnownMonths() {
        PlanSection area = plan.addArea(area("A"));
        PlanActivity spring = plan.addActivity(area, new ActivityDetails("Pomlad", "marec – maj", 3, 5, null, null));
        PlanActivity unknown = plan.addActivity(area, activity("Še ne vemo"));
        assertTrue(spring.isScheduledIn(3));
        assertTrue(spring.isScheduledIn(5));
        assertFalse(spring.isScheduledIn(6));
        assertFalse(unknown.isScheduledIn(6), "no months: not on the timeline");
        assertTrue(unknown.runsIn(6), "no months: runs all year");
        assertFalse(spring.runsIn(2));
    }

    @Test
    void targetsShowTheirValueAsPeopleWriteIt() {
        PlanSection area = plan.addArea(area("A"));
        PlanActivity activity = plan.addActivity(area, activity("Usposabljanja"));
        PlanTarget four = plan.addTarget(activity, target("4", "usposabljanj"));
        PlanTarget half = plan.addTarget(activity, target("2.50", "dni"));
        assertEquals("4", four.getValueText());
        assertEquals(new BigDecimal("4.00"), four.getValue());
        assertEquals("4 usposabljanj", four.label());
        assertEquals("2.5", half.getValueText());
        assertEquals("10", plan.addTarget(activity, target("10", "ur")).getValueText(), "not 1E+1");
        assertSame(activity, four.getActivity());
    }

    @Test
    void strategyGoalsAreListedOnePerLine() {
        PlanSection area = plan.addArea(new SectionDetails(SectionKind.AREA, null, "A", "SC1\n\n  \nSC2", null,
                null, null));
        assertEquals(List.of("SC1", "SC2"), area.getStrategyGoalLines());
        assertTrue(plan.addArea(area("B")).getStrategyGoalLines().isEmpty());
    }
}
