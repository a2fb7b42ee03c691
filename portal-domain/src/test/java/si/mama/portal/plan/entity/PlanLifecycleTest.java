package si.mama.portal.plan.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);
    private static final LocalDate START = LocalDate.of(2021, 1, 11);
    private static final String BY = "office.admin";

    private static Plan draft() {
        return new Plan(2021, "Letni delovni načrt Mreže MaMa 2021", "Uvod v načrt.");
    }

    /** A draft with an area (goal, indicator, activity with a target) holding a project (goal, activity). */
    private static Plan planWithContent() {
        Plan plan = draft();
        PlanSection area = plan.addArea(new SectionDetails(SectionKind.AREA, "1.", "Podpora centrom",
                "SC1\nSC2", "Krepimo centre.", null, null));
        plan.addStatement(area, StatementKind.GOAL, "Okrepiti zmogljivosti centrov");
        plan.addStatement(area, StatementKind.INDICATOR, "Centri so zadovoljni z usposabljanji");
        PlanActivity training = plan.addActivity(area, new ActivityDetails("Usposabljanja za centre",
                "februar – december", 2, 12, "Izvedena usposabljanja", "Vsi centri"));
        plan.addTarget(training, new TargetDetails(new BigDecimal("4"), "usposabljanj", "izvedena usposabljanja",
                null));
        PlanSection project = plan.addSection(area, new SectionDetails(SectionKind.PROJECT, null, "Projekt Mladi",
                null, "Namen projekta", "MOL", NetworkRole.APPLICANT));
        plan.addStatement(project, StatementKind.GOAL, "Vključiti mlade");
        plan.addActivity(project, new ActivityDetails("Delavnice", null, null, null, null, null));
        return plan;
    }

    private static Decision approvalFor(PlanStage step) {
        return step == PlanStage.PUBLISHED ? Decision.PUBLISHED : Decision.APPROVED;
    }

    /** Approves every next step until the plan stands at {@code stage}, a week apart. */
    private static void walkTo(Plan plan, PlanStage stage) {
        LocalDate on = plan.getSteps().isEmpty() ? START
                : plan.getSteps().get(plan.getSteps().size() - 1).getDecidedOn();
        while (plan.getStage() != stage) {
            on = on.plusWeeks(1);
            PlanStage next = plan.getNextStage();
            plan.record(next, on, approvalFor(next), null, BY, TODAY);
        }
    }

    private static Plan published() {
        Plan plan = planWithContent();
        walkTo(plan, PlanStage.PUBLISHED);
        return plan;
    }

    private static PlanRuleViolation assertViolation(String rule, Executable action) {
        PlanRuleViolation violation = assertThrows(PlanRuleViolation.class, action);
        assertEquals(rule, violation.rule());
        return violation;
    }

    private static Map<String, Map<String, String>> snapshot(Plan plan) {
        Map<String, Map<String, String>> items = new LinkedHashMap<>();
        plan.items().forEach(item -> {
            Map<String, String> content = new LinkedHashMap<>(item.content());
            content.put("#position", Integer.toString(item.getPosition()));
            items.put(item.getKey(), content);
        });
        return items;
    }

    /** Every kind of content edit, each on an existing item of {@code plan} (built by {@link #planWithContent}). */
    private static List<Executable> contentEdits(Plan plan) {
        PlanSection area = plan.getAreas().get(0);
        PlanSection project = area.getChildren().get(0);
        PlanStatement goal = area.getGoals().get(0);
        PlanActivity activity = area.getActivities().get(0);
        PlanTarget target = activity.getTargets().get(0);
        return List.of(
                () -> plan.describe("Nov naslov 2021", null),
                () -> plan.addArea(new SectionDetails(SectionKind.AREA, null, "Novo področje", null, null, null,
                        null)),
                () -> plan.addSection(area, new SectionDetails(SectionKind.PROGRAMME, null, "Program", null, null,
                        null, null)),
                () -> plan.updateSection(area, new SectionDetails(SectionKind.AREA, "1.", "Podpora", null, null, null,
                        null)),
                () -> plan.moveSection(area, 1),
                () -> plan.addStatement(area, StatementKind.GOAL, "Nov cilj"),
                () -> plan.updateStatement(goal, "Spremenjen cilj"),
                () -> plan.moveStatement(goal, 1),
                () -> plan.addActivity(area, new ActivityDetails("Nova aktivnost", null, null, null, null, null)),
                () -> plan.updateActivity(activity, new ActivityDetails("Spremenjena aktivnost", null, 3, 4, null,
                        null)),
                () -> plan.moveActivity(activity, 1),
                () -> plan.addTarget(activity, new TargetDetails(BigDecimal.TEN, "udeležencev", "udeleženci", null)),
                () -> plan.updateTarget(target, new TargetDetails(BigDecimal.ONE, "usposabljanje", "izvedena", null)),
                () -> plan.removeTarget(target),
                () -> plan.removeStatement(goal),
                () -> plan.removeActivity(activity),
                () -> plan.removeSection(project),
                () -> plan.removeSection(area));
    }

    // ---- a new plan ---------------------------------------------------------------------------------------

    @Test
    void aNewPlanIsAnEmptyVersionOneDraft() {
        Plan plan = draft();
        assertEquals(2021, plan.getYear());
        assertEquals(1, plan.getVersionNo());
        assertEquals(PlanStage.DRAFT, plan.getStage());
        assertEquals("Letni delovni načrt Mreže MaMa 2021", plan.getTitle());
        assertFalse(plan.isAmendment());
        assertFalse(plan.isPublished());
        assertTrue(plan.isEditable());
        assertNull(plan.getPublishedOn());
        assertNull(plan.getId());
        assertTrue(plan.getSteps().isEmpty());
        assertEquals(0, plan.items().count());
        assertEquals(PlanStage.ADOPTION_PATH, plan.path());
        assertEquals(PlanStage.COUNCIL, plan.getNextStage());
    }

    @Test
    void yearOutsideTheRangeIsRefused() {
        assertViolation("yearOutOfRange", () -> new Plan(1999, "LDN 1999", null));
        assertViolation("yearOutOfRange", () -> new Plan(2101, "LDN 2101", null));
        assertEquals(2000, new Plan(2000, "LDN 2000", null).getYear());
        assertEquals(2100, new Plan(2100, "LDN 2100", null).getYear());
    }

    @Test
    void titleIsRequiredAndTextsAreStripped() {
        assertThrows(IllegalArgumentException.class, () -> new Plan(2021, "  ", null));
        Plan plan = new Plan(2021, "  LDN 2021 ", "  ");
        assertEquals("LDN 2021", plan.getTitle());
        assertNull(plan.getIntroduction());
        plan.describe("LDN 2021", " Uvod\r\nin nadaljevanje ");
        assertEquals("Uvod\nin nadaljevanje", plan.getIntroduction());
    }

    // ---- the adoption path --------------------------------------------------------------------------------

    @Test
    void theAdoptionPathIsWalkedInOrder() {
        Plan plan = draft();
        LocalDate on = START;
        List<PlanStage> walked = PlanStage.ADOPTION_PATH.subList(1, PlanStage.ADOPTION_PATH.size());
        for (PlanStage step : walked) {
            assertEquals(step, plan.getNextStage());
            PlanStep taken = plan.record(step, on, approvalFor(step), "  sklep št. 5 ", BY, TODAY);
            assertEquals(step, plan.getStage());
            assertEquals(step, taken.getStage());
            assertEquals(on, taken.getDecidedOn());
            assertEquals(approvalFor(step), taken.getDecision());
            assertEquals("sklep št. 5", taken.getNote());
            assertEquals(BY, taken.getRecordedBy());
            assertSame(taken, plan.getSteps().get(plan.getSteps().size() - 1));
            on = on.plusWeeks(2);
        }
        assertTrue(plan.isPublished());
        assertNull(plan.getNextStage());
        assertEquals(walked, plan.getSteps().stream().map(PlanStep::getStage).toList());
    }

    @Test
    void stepsCannotBeSkipped() {
        Plan plan = draft();
        PlanRuleViolation violation = assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.EXPERT_COUNCIL, START, Decision.APPROVED, null, BY, TODAY));
        assertArrayEquals(new Object[] {PlanStage.EXPERT_COUNCIL, PlanStage.COUNCIL}, violation.arguments());
        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.INSTITUTE_COUNCIL, START, Decision.APPROVED, null, BY, TODAY));
        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.PUBLISHED, START, Decision.PUBLISHED, null, BY, TODAY));
        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.DRAFT, START, Decision.APPROVED, null, BY, TODAY));
        assertEquals(PlanStage.DRAFT, plan.getStage());
        assertTrue(plan.getSteps().isEmpty());

        walkTo(plan, PlanStage.MEMBERS_CLUB);
        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.ASSEMBLY, TODAY, Decision.APPROVED, null, BY, TODAY));
        assertEquals(PlanStage.MEMBERS_CLUB, plan.getStage());
    }

    @Test
    void stepsCannotBeRepeated() {
        Plan plan = draft();
        plan.record(PlanStage.COUNCIL, START, Decision.APPROVED, null, BY, TODAY);
        PlanRuleViolation violation = assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.COUNCIL, START.plusDays(1), Decision.APPROVED, null, BY, TODAY));
        assertArrayEquals(new Object[] {PlanStage.COUNCIL, PlanStage.EXPERT_COUNCIL}, violation.arguments());
        assertEquals(1, plan.getSteps().size());

        walkTo(plan, PlanStage.ASSEMBLY);
        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.ASSEMBLY, TODAY, Decision.APPROVED, null, BY, TODAY));
    }

    @Test
    void aReturnedPlanGoesBackToDraftAndTheAdoptionPathRestartsAtCouncil() {
        Plan plan = planWithContent();
        walkTo(plan, PlanStage.MEMBERS_CLUB);
        LocalDate returnedOn = plan.getSteps().get(2).getDecidedOn().plusDays(3);
        PlanStep returned = plan.record(PlanStage.INSTITUTE_COUNCIL, returnedOn, Decision.RETURNED,
                "Dopolniti finančni del", BY, TODAY);

        assertEquals(PlanStage.INSTITUTE_COUNCIL, returned.getStage());
        assertEquals(Decision.RETURNED, returned.getDecision());
        assertEquals(PlanStage.DRAFT, plan.getStage());
        assertTrue(plan.isEditable());
        assertEquals(PlanStage.COUNCIL, plan.getNextStage());
        assertEquals(4, plan.getSteps().size(), "the returned step stays on record");

        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.ASSEMBLY, TODAY, Decision.APPROVED, null, BY, TODAY));
        assertViolation("stepOutOfOrder",
                () -> plan.record(PlanStage.INSTITUTE_COUNCIL, TODAY, Decision.APPROVED, null, BY, TODAY));
        plan.updateActivity(plan.getActivities().get(0),
                new ActivityDetails("Usposabljanja, dopolnjena", null, null, null, null, null));
        plan.record(PlanStage.COUNCIL, returnedOn.plusDays(7), Decision.APPROVED, null, BY, TODAY);
        assertEquals(PlanStage.COUNCIL, plan.getStage());
        walkTo(plan, PlanStage.PUBLISHED);
        assertTrue(plan.isPublished());
        assertEquals(10, plan.getSteps().size());
    }

    @Test
    void aPlanReturnedAtCouncilStaysInDraft() {
        Plan plan = draft();
        plan.record(PlanStage.COUNCIL, START, Decision.RETURNED, null, BY, TODAY);
        assertEquals(PlanStage.DRAFT, plan.getStage());
        assertEquals(PlanStage.COUNCIL, plan.getNextStage());
        plan.record(PlanStage.COUNCIL, START.plusDays(7), Decision.APPROVED, null, BY, TODAY);
        assertEquals(PlanStage.COUNCIL, plan.getStage());
    }

    @Test
    void publishingNeedsThePublishedDecision() {
        Plan plan = draft();
        walkTo(plan, PlanStage.ASSEMBLY);
        assertViolation("decisionNotAllowed",
                () -> plan.record(PlanStage.PUBLISHED, TODAY, Decision.APPROVED, null, BY, TODAY));
        assertViolation("decisionNotAllowed",
                () -> plan.record(PlanStage.PUBLISHED, TODAY, Decision.RETURNED, null, BY, TODAY));
        assertViolation("decisionNotAllowed",
                () -> plan.record(PlanStage.PUBLISHED, TODAY, null, null, BY, TODAY));
        assertEquals(PlanStage.ASSEMBLY, plan.getStage());
        plan.record(PlanStage.PUBLISHED, TODAY, Decision.PUBLISHED, null, BY, TODAY);
        assertTrue(plan.isPublished());
    }

    @Test
    void otherStepsRefuseThePublishedDecision() {
        Plan plan = draft();
        LocalDate on = START;
        for (PlanStage step : List.of(PlanStage.COUNCIL, PlanStage.EXPERT_COUNCIL, PlanStage.MEMBERS_CLUB,
                PlanStage.INSTITUTE_COUNCIL, PlanStage.ASSEMBLY)) {
            LocalDate decidedOn = on;
            assertViolation("decisionNotAllowed",
                    () -> plan.record(step, decidedOn, Decision.PUBLISHED, null, BY, TODAY));
            assertViolation("decisionNotAllowed", () -> plan.record(step, decidedOn, null, null, BY, TODAY));
            plan.record(step, decidedOn, Decision.APPROVED, null, BY, TODAY);
            on = on.plusWeeks(1);
        }
        assertEquals(5, plan.getSteps().size());
    }

    @Test
    void stepDateCannotBeInTheFuture() {
        Plan plan = draft();
        assertViolation("stepDateInFuture",
                () -> plan.record(PlanStage.COUNCIL, TODAY.plusDays(1), Decision.APPROVED, null, BY, TODAY));
        assertTrue(plan.getSteps().isEmpty());
        plan.record(PlanStage.COUNCIL, TODAY, Decision.APPROVED, null, BY, TODAY);
        assertEquals(PlanStage.COUNCIL, plan.getStage());
    }

    @Test
    void stepDateCannotBeBeforeThePreviousStep() {
        Plan plan = draft();
        LocalDate council = LocalDate.of(2021, 3, 10);
        plan.record(PlanStage.COUNCIL, council, Decision.APPROVED, null, BY, TODAY);
        PlanRuleViolation violation = assertViolation("stepDateBeforePrevious",
                () -> plan.record(PlanStage.EXPERT_COUNCIL, council.minusDays(1), Decision.APPROVED, null, BY, TODAY));
        assertArrayEquals(new Object[] {council}, violation.arguments());
        plan.record(PlanStage.EXPERT_COUNCIL, council, Decision.APPROVED, null, BY, TODAY);
        assertEquals(PlanStage.EXPERT_COUNCIL, plan.getStage(), "the same day as the previous step is fine");
    }

    @Test
    void stepDateAfterAReturnCannotGoBeforeTheReturn() {
        Plan plan = draft();
        LocalDate returnedOn = LocalDate.of(2021, 3, 10);
        plan.record(PlanStage.COUNCIL, returnedOn, Decision.RETURNED, null, BY, TODAY);
        assertViolation("stepDateBeforePrevious",
                () -> plan.record(PlanStage.COUNCIL, returnedOn.minusDays(1), Decision.APPROVED, null, BY, TODAY));
    }

    @Test
    void anAmendmentsHistoryStartsWithTheOriginalsAdoption() {
        Plan original = published();
        Plan amendment = original.amend("Nove okoliščine", 2);
        amendment.record(PlanStage.INSTITUTE_COUNCIL, TODAY, Decision.APPROVED, null, BY, TODAY);

        List<PlanStep> history = amendment.getHistory();
        assertEquals(original.getSteps().size() + 1, history.size());
        assertEquals(original.getSteps(), history.subList(0, original.getSteps().size()));
        assertEquals(2, history.get(history.size() - 1).getVersionNo());
        assertEquals(1, history.get(0).getVersionNo());
    }

    @Test
    void anAmendmentsFirstStepCannotPrecedeTheOriginalsPublication() {
        Plan original = published();
        Plan amendment = original.amend("Nove okoliščine", 2);
        assertViolation("stepDateBeforePrevious", () -> amendment.record(PlanStage.INSTITUTE_COUNCIL,
                original.getPublishedOn().minusDays(1), Decision.APPROVED, null, BY, TODAY));
        amendment.record(PlanStage.INSTITUTE_COUNCIL, original.getPublishedOn(), Decision.APPROVED, null, BY, TODAY);
        assertEquals(PlanStage.INSTITUTE_COUNCIL, amendment.getStage());
    }

    @Test
    void stepDateIsRequired() {
        Plan plan = draft();
        assertViolation("stepDateRequired",
                () -> plan.record(PlanStage.COUNCIL, null, Decision.APPROVED, null, BY, TODAY));
    }

    @Test
    void recordedByIsRequiredAndBlankNoteIsNone() {
        Plan plan = draft();
        assertThrows(IllegalArgumentException.class,
                () -> plan.record(PlanStage.COUNCIL, START, Decision.APPROVED, null, " ", TODAY));
        assertTrue(plan.getSteps().isEmpty());
        assertEquals(PlanStage.DRAFT, plan.getStage());
        PlanStep step = plan.record(PlanStage.COUNCIL, START, Decision.APPROVED, "   ", BY, TODAY);
        assertNull(step.getNote());
        assertNull(step.getId());
    }

    @Test
    void nothingCanBeRecordedAfterPublishing() {
        Plan plan = published();
        LocalDate publishedOn = plan.getPublishedOn();
        assertViolation("alreadyPublished",
                () -> plan.record(PlanStage.PUBLISHED, TODAY, Decision.PUBLISHED, null, BY, TODAY));
        assertViolation("alreadyPublished",
                () -> plan.record(PlanStage.COUNCIL, TODAY, Decision.APPROVED, null, BY, TODAY));
        assertViolation("alreadyPublished",
                () -> plan.record(PlanStage.ASSEMBLY, TODAY, Decision.RETURNED, null, BY, TODAY));
        assertEquals(6, plan.getSteps().size());
        assertEquals(publishedOn, plan.getPublishedOn());
    }

    @Test
    void publishingSetsPublishedOn() {
        Plan plan = draft();
        walkTo(plan, PlanStage.ASSEMBLY);
        assertNull(plan.getPublishedOn());
        LocalDate publishedOn = LocalDate.of(2021, 5, 4);
        plan.record(PlanStage.PUBLISHED, publishedOn, Decision.PUBLISHED, null, BY, TODAY);
        assertEquals(publishedOn, plan.getPublishedOn());
    }

    // ---- editing --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = PlanStage.class, names = {"DRAFT", "COUNCIL", "EXPERT_COUNCIL", "MEMBERS_CLUB"})
    void contentCanBeEditedUntilTheInstituteCouncil(PlanStage stage) throws Throwable {
        Plan plan = planWithContent();
        walkTo(plan, stage);
        assertTrue(plan.isEditable());
        for (Executable edit : contentEdits(plan)) {
            edit.execute();
        }
        assertEquals("Nov naslov 2021", plan.getTitle());
        assertEquals(List.of("Novo področje"), plan.getAreas().stream().map(PlanSection::getTitle).toList());
        assertEquals(stage, plan.getStage(), "editing does not move the plan along its path");
    }

    @ParameterizedTest
    @EnumSource(value = PlanStage.class, names = {"INSTITUTE_COUNCIL", "ASSEMBLY"})
    void contentIsReadOnlyFromTheInstituteCouncilOn(PlanStage stage) {
        Plan plan = planWithContent();
        walkTo(plan, stage);
        assertFalse(plan.isEditable());
        Map<String, Map<String, String>> before = snapshot(plan);
        String title = plan.getTitle();
        for (Executable edit : contentEdits(plan)) {
            assertViolation("adoptedReadOnly", edit);
        }
        assertEquals(before, snapshot(plan));
        assertEquals(title, plan.getTitle());
    }

    @Test
    void contentIsReadOnlyWhenPublished() {
        Plan plan = published();
        assertFalse(plan.isEditable());
        Map<String, Map<String, String>> before = snapshot(plan);
        for (Executable edit : contentEdits(plan)) {
            assertViolation("publishedReadOnly", edit);
        }
        assertEquals(before, snapshot(plan));
    }

    // ---- amendments -------------------------------------------------------------------------------------------

    @Test
    void onlyAPublishedPlanCanBeAmended() {
        Plan plan = planWithContent();
        assertViolation("amendOnlyPublished", () -> plan.amend("Nov projekt", 2));
        walkTo(plan, PlanStage.ASSEMBLY);
        assertViolation("amendOnlyPublished", () -> plan.amend("Nov projekt", 2));
    }

    @Test
    void anAmendmentNeedsAReason() {
        Plan plan = published();
        assertViolation("amendmentReasonRequired", () -> plan.amend(null, 2));
        assertViolation("amendmentReasonRequired", () -> plan.amend("   ", 2));
        assertEquals("Nov projekt", plan.amend("  Nov projekt ", 2).getAmendmentReason());
    }

    @Test
    void anAmendmentNeedsAHigherVersionNumber() {
        Plan plan = published();
        assertViolation("amendOnlyLatest", () -> plan.amend("Nov projekt", 1));
        assertViolation("amendOnlyLatest", () -> plan.amend("Nov projekt", 0));
    }

    @Test
    void anAmendmentIsTheNextVersionInDraft() {
        Plan plan = published();
        Plan amendment = plan.amend("Nov projekt", 2);
        assertEquals(2, amendment.getVersionNo());
        assertEquals(2021, amendment.getYear());
        assertEquals(PlanStage.DRAFT, amendment.getStage());
        assertTrue(amendment.isEditable());
        assertTrue(amendment.isAmendment());
        assertSame(plan, amendment.getAmendmentOf());
        assertEquals("Nov projekt", amendment.getAmendmentReason());
        assertEquals(plan.getTitle(), amendment.getTitle());
        assertEquals(plan.getIntroduction(), amendment.getIntroduction());
        assertNull(amendment.getPublishedOn());
        assertTrue(amendment.getSteps().isEmpty());
        assertNull(amendment.getId());
    }

    @Test
    void anAmendmentTakesTheShortPathThroughTheInstituteCouncil() {
        Plan amendment = published().amend("Nov projekt", 2);
        assertEquals(List.of(PlanStage.DRAFT, PlanStage.INSTITUTE_COUNCIL, PlanStage.PUBLISHED), amendment.path());
        assertEquals(PlanStage.INSTITUTE_COUNCIL, amendment.getNextStage());
        assertViolation("stepOutOfOrder",
                () -> amendment.record(PlanStage.COUNCIL, TODAY, Decision.APPROVED, null, BY, TODAY));
        assertViolation("stepOutOfOrder",
                () -> amendment.record(PlanStage.PUBLISHED, TODAY, Decision.PUBLISHED, null, BY, TODAY));

        LocalDate adopted = LocalDate.of(2021, 6, 1);
        amendment.record(PlanStage.INSTITUTE_COUNCIL, adopted, Decision.APPROVED, null, BY, TODAY);
        assertEquals(PlanStage.INSTITUTE_COUNCIL, amendment.getStage());
        assertFalse(amendment.isEditable());
        assertViolation("adoptedReadOnly", () -> amendment.describe("Spremenjen", null));
        assertViolation("stepOutOfOrder",
                () -> amendment.record(PlanStage.ASSEMBLY, TODAY, Decision.APPROVED, null, BY, TODAY));
        assertEquals(PlanStage.PUBLISHED, amendment.getNextStage());

        amendment.record(PlanStage.PUBLISHED, adopted.plusDays(2), Decision.PUBLISHED, null, BY, TODAY);
        assertTrue(amendment.isPublished());
        assertEquals(adopted.plusDays(2), amendment.getPublishedOn());
        assertNull(amendment.getNextStage());
        assertEquals(3, amendment.amend("Druga sprememba", 3).getVersionNo());
    }

    @Test
    void aReturnedAmendmentGoesBackToDraftAndRestartsAtTheInstituteCouncil() {
        Plan amendment = published().amend("Nov projekt", 2);
        amendment.record(PlanStage.INSTITUTE_COUNCIL, TODAY.minusDays(10), Decision.RETURNED, null, BY, TODAY);
        assertEquals(PlanStage.DRAFT, amendment.getStage());
        assertTrue(amendment.isEditable());
        assertEquals(PlanStage.INSTITUTE_COUNCIL, amendment.getNextStage());
        assertViolation("stepOutOfOrder",
                () -> amendment.record(PlanStage.COUNCIL, TODAY, Decision.APPROVED, null, BY, TODAY));
    }

    @Test
    void anAmendmentCopiesEveryItemWithTheSameKeyAndContentAsNewObjects() {
        Plan plan = published();
        Plan amendment = plan.amend("Nov projekt", 2);
        List<PlanItem> originals = plan.items().toList();
        List<PlanItem> copies = amendment.items().toList();
        assertEquals(8, originals.size());
        assertCopies(originals, copies, amendment);
    }

    private static void assertCopies(List<PlanItem> originals, List<PlanItem> copies, Plan copyPlan) {
        assertEquals(originals.size(), copies.size());
        for (int i = 0; i < originals.size(); i++) {
            PlanItem original = originals.get(i);
            PlanItem copy = copies.get(i);
            assertNotSame(original, copy);
            assertEquals(original.getClass(), copy.getClass());
            assertEquals(original.getKey(), copy.getKey());
            assertEquals(original.content(), copy.content());
            assertEquals(original.itemType(), copy.itemType());
            assertEquals(original.context(), copy.context());
            assertEquals(original.getPosition(), copy.getPosition());
            assertSame(copyPlan, copy.getPlan());
            assertNull(copy.getId());
            if (copy instanceof PlanSection section && section.getParent() != null) {
                assertSame(copyPlan, section.getParent().getPlan());
                assertTrue(section.getParent().getChildren().contains(section));
            } else if (copy instanceof PlanStatement statement) {
                assertSame(copyPlan, statement.getSection().getPlan());
            } else if (copy instanceof PlanActivity activity) {
                assertSame(copyPlan, activity.getSection().getPlan());
            } else if (copy instanceof PlanTarget target) {
                assertSame(copyPlan, target.getActivity().getPlan());
            }
        }
    }

    @Test
    void editingTheAmendmentLeavesThePublishedOriginalUntouched() {
        Plan plan = published();
        Map<String, Map<String, String>> before = snapshot(plan);
        String title = plan.getTitle();
        Plan amendment = plan.amend("Nov projekt", 2);

        amendment.describe("Spremenjen LDN 2021", "Nov uvod");
        PlanSection area = amendment.getAreas().get(0);
        amendment.updateSection(area, new SectionDetails(SectionKind.AREA, "1.", "Podpora centrom in mladim",
                null, null, null, null));
        amendment.updateStatement(area.getGoals().get(0), "Spremenjen cilj");
        PlanActivity activity = amendment.getActivities().get(0);
        amendment.updateActivity(activity, new ActivityDetails("Usposabljanja, spremenjena", null, 5, 6, null, null));
        amendment.updateTarget(activity.getTargets().get(0),
                new TargetDetails(new BigDecimal("6"), "usposabljanj", "izvedena usposabljanja", null));
        amendment.addTarget(activity, new TargetDetails(new BigDecimal("80"), "udeležencev", "udeleženci", null));
        amendment.addActivity(area, new ActivityDetails("Nova aktivnost", null, null, null, null, null));
        amendment.moveActivity(activity, 1);
        amendment.removeSection(area.getChildren().get(0));
        amendment.addArea(new SectionDetails(SectionKind.AREA, null, "Novo področje", null, null, null, null));

        assertEquals(before, snapshot(plan));
        assertEquals(title, plan.getTitle());
        assertEquals(1, plan.getAreas().get(0).getChildren().size());
        assertEquals(1, plan.getActivities().get(0).getTargets().size());
        assertTrue(plan.isPublished());
        assertEquals(1, plan.getVersionNo());
        assertFalse(amendment.items().anyMatch(item -> item.getPlan() == plan));
    }

    @Test
    void itemsOfTheOriginalCannotBeEditedThroughTheAmendment() {
        Plan plan = published();
        Plan amendment = plan.amend("Nov projekt", 2);
        PlanActivity original = plan.getActivities().get(0);
        assertThrows(IllegalArgumentException.class, () -> amendment.updateActivity(original,
                new ActivityDetails("Ukradena sprememba", null, null, null, null, null)));
        assertEquals("Usposabljanja za centre", original.getTitle());
    }

    // ---- copying to a new year ----------------------------------------------------------------------------------

    @Test
    void copyForANewYearGivesAVersionOneDraftWithTheSameItemKeys() {
        Plan plan = published();
        Plan copy = plan.copyFor(2022);
        assertEquals(2022, copy.getYear());
        assertEquals(1, copy.getVersionNo());
        assertEquals(PlanStage.DRAFT, copy.getStage());
        assertEquals("Letni delovni načrt Mreže MaMa 2022", copy.getTitle());
        assertEquals(plan.getIntroduction(), copy.getIntroduction());
        assertFalse(copy.isAmendment());
        assertNull(copy.getAmendmentOf());
        assertEquals(PlanStage.ADOPTION_PATH, copy.path());
        assertEquals(PlanStage.COUNCIL, copy.getNextStage());
        assertTrue(copy.getSteps().isEmpty());
        assertNull(copy.getPublishedOn());
        assertCopies(plan.items().toList(), copy.items().toList(), copy);

        Map<String, Map<String, String>> before = snapshot(plan);
        copy.updateActivity(copy.getActivities().get(0), new ActivityDetails("Novo leto", null, null, null, null,
                null));
        assertEquals(before, snapshot(plan));
        assertEquals("Letni delovni načrt Mreže MaMa 2021", plan.getTitle());
    }

    @Test
    void aDraftCanAlsoBeCopiedForANewYear() {
        Plan plan = planWithContent();
        Plan copy = plan.copyFor(2022);
        assertEquals(2022, copy.getYear());
        assertEquals(plan.items().map(PlanItem::getKey).toList(), copy.items().map(PlanItem::getKey).toList());
    }
}
