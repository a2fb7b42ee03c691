package si.mama.portal.plan;

import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import si.mama.portal.people.boundary.People;
import si.mama.portal.people.entity.Person;
import si.mama.portal.plan.boundary.AreaProgress;
import si.mama.portal.plan.boundary.PlanProgress;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.boundary.PublishedPlans;
import si.mama.portal.plan.boundary.TargetProgress;
import si.mama.portal.plan.control.PlanDocument;
import si.mama.portal.plan.entity.ActivityDetails;
import si.mama.portal.plan.entity.Decision;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActivity;
import si.mama.portal.plan.entity.PlanActual;
import si.mama.portal.plan.entity.PlanComparison;
import si.mama.portal.plan.entity.PlanComparison.Change;
import si.mama.portal.plan.entity.PlanComparison.ChangeKind;
import si.mama.portal.plan.entity.PlanComparison.FieldChange;
import si.mama.portal.plan.entity.PlanItem;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.PlanStage;
import si.mama.portal.plan.entity.PlanStatement;
import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.plan.entity.ProgressStatus;
import si.mama.portal.plan.entity.SectionDetails;
import si.mama.portal.plan.entity.SectionKind;
import si.mama.portal.plan.entity.TargetDetails;
import si.mama.portal.platform.error.AccessDeniedException;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.platform.export.DocxExport;
import si.mama.portal.platform.export.PdfExport;
import si.mama.portal.platform.security.Caller;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.testing.PlanTables;
import si.mama.portal.platform.testing.PlanTables.Snapshot;
import si.mama.portal.platform.testing.TestCentres;
import si.mama.portal.platform.testing.TestDeployment;
import si.mama.portal.platform.testing.TestPlan;
import si.mama.portal.platform.testing.TestPlans;
import si.mama.portal.platform.time.PortalClock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static si.mama.portal.plan.entity.Decision.APPROVED;
import static si.mama.portal.plan.entity.Decision.RETURNED;
import static si.mama.portal.plan.entity.PlanStage.ASSEMBLY;
import static si.mama.portal.plan.entity.PlanStage.COUNCIL;
import static si.mama.portal.plan.entity.PlanStage.EXPERT_COUNCIL;
import static si.mama.portal.plan.entity.PlanStage.INSTITUTE_COUNCIL;
import static si.mama.portal.plan.entity.PlanStage.MEMBERS_CLUB;
import static si.mama.portal.plan.entity.PlanStage.PUBLISHED;
import static si.mama.portal.platform.testing.Callers.centreAdmin;
import static si.mama.portal.platform.testing.Callers.centreStaff;
import static si.mama.portal.platform.testing.Callers.officeSteward;
import static si.mama.portal.platform.testing.PersonDetailsBuilder.aPerson;
import static si.mama.portal.platform.testing.TestPlans.ACTIVITY_SCHOOL;
import static si.mama.portal.platform.testing.TestPlans.ACTIVITY_WEBINARS;
import static si.mama.portal.platform.testing.TestPlans.AREA_DIGITAL;
import static si.mama.portal.platform.testing.TestPlans.AREA_TRAINING;
import static si.mama.portal.platform.testing.TestPlans.GOAL_COMMUNITY;
import static si.mama.portal.platform.testing.TestPlans.GOAL_SKILLS;
import static si.mama.portal.platform.testing.TestPlans.PROJECT;
import static si.mama.portal.platform.testing.TestPlans.TARGET_SCHOOL;
import static si.mama.portal.platform.testing.TestPlans.TARGET_TRAININGS;

/**
 * The annual plan's services in Payara Micro against a real MariaDB: the approval lifecycle, read-only rules,
 * amendments, who may do what, copying a year, measures, progress and the exports. One class on purpose:
 * every Arquillian deployment starts its own Payara Micro. Each test makes its own plans through the
 * boundaries in a year of its own ({@link TestPlans}), signs in through {@link CurrentUser} as the web layer
 * does, and checks the database with plain JDBC ({@link PlanTables}).
 */
@ExtendWith(ArquillianExtension.class)
public class PlanServicesIT {

    private static final String NEW_SCHOOL_TITLE = "Poletna šola za mladinske delavce";

    @Deployment
    public static WebArchive deployment() {
        return TestDeployment.portalEjb(PlanServicesIT.class).addAsLibraries(TestDeployment.testLibraries());
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Plans plans;

    @Inject
    PublishedPlans publishedPlans;

    @Inject
    PlanProgress progress;

    @Inject
    People people;

    @Inject
    TestPlans testPlans;

    @Inject
    TestCentres centres;

    @Inject
    PlanTables tables;

    // ---------------------------------------------------------------- approval lifecycle

    @Test
    void aNewPlanIsPublishedAfterEveryAdoptionStepInOrder() throws PortalException {
        TestPlan plan = testPlans.sample();
        assertEquals("DRAFT", tables.stage(plan.id()));
        LocalDate firstMeeting = today().minusDays(40);
        List<PlanStage> bodies = List.of(COUNCIL, EXPERT_COUNCIL, MEMBERS_CLUB, INSTITUTE_COUNCIL, ASSEMBLY);

        for (int i = 0; i < bodies.size(); i++) {
            plans.record(plan.id(), bodies.get(i), firstMeeting.plusDays(7L * i), APPROVED, "Sklep št. " + (i + 1));
            assertEquals(bodies.get(i).name(), tables.stage(plan.id()));
        }
        plans.record(plan.id(), PUBLISHED, today(), Decision.PUBLISHED, null);

        Map<String, Object> row = tables.plan(plan.id());
        assertAll(
                () -> assertEquals("PUBLISHED", row.get("stage")),
                () -> assertEquals(today().toString(), String.valueOf(row.get("published_on"))),
                () -> assertEquals(List.of("COUNCIL:APPROVED", "EXPERT_COUNCIL:APPROVED", "MEMBERS_CLUB:APPROVED",
                        "INSTITUTE_COUNCIL:APPROVED", "ASSEMBLY:APPROVED", "PUBLISHED:PUBLISHED"),
                        tables.stepTrail(plan.id())),
                () -> assertEquals(firstMeeting.toString(), String.valueOf(tables.steps(plan.id()).get(0).get("decided_on"))),
                () -> assertEquals(Set.of("office.admin"), tables.steps(plan.id()).stream()
                        .map(step -> step.get("recorded_by")).collect(Collectors.toSet())),
                () -> assertNull(plans.find(plan.id()).getNextStage()),
                () -> assertEquals(plan.id(), publishedPlans.ofYear(plan.year()).getId()));
        PortalException again = assertThrows(PortalException.class,
                () -> plans.record(plan.id(), PUBLISHED, today(), Decision.PUBLISHED, null));
        assertEquals("plan.error.alreadyPublished", again.messageKey());
    }

    @Test
    void skippingOrRepeatingAnApprovalStepIsRefusedAndChangesNothing() throws PortalException {
        TestPlan plan = testPlans.sample();
        plans.record(plan.id(), COUNCIL, today().minusDays(3), APPROVED, null);
        Snapshot before = tables.snapshot(plan.id());

        PortalException skipped = refused("plan.error.stepOutOfOrder",
                () -> plans.record(plan.id(), MEMBERS_CLUB, today(), APPROVED, null));
        refused("plan.error.stepOutOfOrder", () -> plans.record(plan.id(), PUBLISHED, today(), Decision.PUBLISHED, null));
        refused("plan.error.stepOutOfOrder", () -> plans.record(plan.id(), COUNCIL, today(), APPROVED, null));

        assertEquals(List.of(MEMBERS_CLUB, EXPERT_COUNCIL), List.of(skipped.arguments()), "the step tried and the one due");
        assertEquals(before, tables.snapshot(plan.id()));
        assertEquals("COUNCIL", tables.stage(plan.id()));
        assertEquals(List.of("COUNCIL:APPROVED"), tables.stepTrail(plan.id()));
    }

    @Test
    void anApprovalDatedInTheFutureOrBeforeThePreviousStepIsRefused() throws PortalException {
        TestPlan plan = testPlans.sample();
        refused("plan.error.stepDateInFuture", () -> plans.record(plan.id(), COUNCIL, today().plusDays(1), APPROVED, null));
        assertEquals("DRAFT", tables.stage(plan.id()));
        assertEquals(List.of(), tables.steps(plan.id()));

        plans.record(plan.id(), COUNCIL, today().minusDays(5), APPROVED, null);
        Snapshot before = tables.snapshot(plan.id());
        refused("plan.error.stepDateBeforePrevious",
                () -> plans.record(plan.id(), EXPERT_COUNCIL, today().minusDays(6), APPROVED, null));
        refused("plan.error.stepDateInFuture",
                () -> plans.record(plan.id(), EXPERT_COUNCIL, today().plusDays(30), APPROVED, null));
        assertEquals(before, tables.snapshot(plan.id()));
    }

    @Test
    void aBodyThatReturnsThePlanSendsItBackToDraftToWalkThePathAgain() throws PortalException {
        TestPlan plan = testPlans.sample();
        plans.record(plan.id(), COUNCIL, today().minusDays(20), APPROVED, null);
        plans.record(plan.id(), EXPERT_COUNCIL, today().minusDays(10), RETURNED, "Dopolniti kazalnike");

        assertEquals("DRAFT", tables.stage(plan.id()));
        assertEquals(List.of("COUNCIL:APPROVED", "EXPERT_COUNCIL:RETURNED"), tables.stepTrail(plan.id()));
        assertEquals("Dopolniti kazalnike", tables.steps(plan.id()).get(1).get("note"));
        assertEquals(COUNCIL, plans.find(plan.id()).getNextStage());

        renameActivity(plan, ACTIVITY_SCHOOL, NEW_SCHOOL_TITLE); // a draft again: editable
        refused("plan.error.stepOutOfOrder", () -> plans.record(plan.id(), MEMBERS_CLUB, today(), APPROVED, null));
        plans.record(plan.id(), COUNCIL, today(), APPROVED, null);
        assertEquals("COUNCIL", tables.stage(plan.id()));
    }

    // ---------------------------------------------------------------- read-only once adopted

    @Test
    void aPublishedPlanCannotBeChanged() {
        TestPlan plan = testPlans.publishedSample();
        Snapshot before = tables.snapshot(plan.id());

        assertRefusedEdits(plan, "plan.error.publishedReadOnly");

        assertEquals(before, tables.snapshot(plan.id()));
    }

    @Test
    void fromTheInstituteCouncilOnTheAdoptedPlanCannotBeChanged() throws PortalException {
        TestPlan plan = testPlans.sample();
        testPlans.walkTo(plan.id(), MEMBERS_CLUB);
        renameActivity(plan, ACTIVITY_SCHOOL, NEW_SCHOOL_TITLE); // still editable before the adoption

        testPlans.walkTo(plan.id(), INSTITUTE_COUNCIL);
        Snapshot adopted = tables.snapshot(plan.id());
        assertRefusedEdits(plan, "plan.error.adoptedReadOnly");
        assertEquals(adopted, tables.snapshot(plan.id()));

        testPlans.walkTo(plan.id(), ASSEMBLY);
        Snapshot confirmed = tables.snapshot(plan.id());
        assertRefusedEdits(plan, "plan.error.adoptedReadOnly");
        assertEquals(confirmed, tables.snapshot(plan.id()));
    }

    @Test
    void removingAnAreaFromADraftRemovesItsProjectGoalsActivitiesAndTargets() throws PortalException {
        TestPlan plan = testPlans.sample();

        plans.removeSection(plan.idOf(AREA_TRAINING));

        assertEquals(Map.of("plan_section", 1, "plan_statement", 1, "plan_activity", 1, "plan_target", 1),
                tables.counts(plan.id()), "only the digital area is left");
        Plan after = plans.find(plan.id());
        assertEquals(List.of(AREA_DIGITAL), after.getAreas().stream().map(PlanSection::getTitle).toList());
        assertEquals(List.of(ACTIVITY_WEBINARS), titles(after));
    }

    private void assertRefusedEdits(TestPlan plan, String messageKey) {
        Plan loaded = plans.find(plan.id());
        PlanActivity school = activity(loaded, plan.idOf(ACTIVITY_SCHOOL));
        assertAll(messageKey,
                () -> refused(messageKey, () -> plans.updateActivity(school.getId(), school.getVersion(),
                        renamed(school, NEW_SCHOOL_TITLE))),
                () -> refused(messageKey, () -> plans.addArea(plan.id(),
                        new SectionDetails(SectionKind.AREA, null, "Področje mednarodnega sodelovanja", null, null, null, null))),
                () -> refused(messageKey, () -> plans.removeSection(plan.idOf(AREA_DIGITAL))),
                () -> refused(messageKey, () -> plans.removeSection(plan.idOf(AREA_TRAINING))),
                () -> refused(messageKey, () -> plans.removeSection(plan.idOf(PROJECT))),
                () -> refused(messageKey, () -> plans.describe(plan.id(), loaded.getVersion(), "Nov naslov", null)),
                () -> refused(messageKey, () -> plans.addTarget(school.getId(),
                        new TargetDetails(BigDecimal.TEN, "delavnic", "delavnice", null))),
                () -> refused(messageKey, () -> plans.removeStatement(plan.idOf(GOAL_COMMUNITY))));
    }

    // ---------------------------------------------------------------- amendments

    @Test
    void anAmendmentIsANewDraftVersionWithTheSameItemKeys() throws PortalException {
        TestPlan published = testPlans.publishedSample();

        Plan amendment = plans.amend(published.id(), "Nov projekt Erasmus+");

        Map<String, Object> row = tables.plan(amendment.getId());
        assertAll(
                () -> assertEquals(published.year(), ((Number) row.get("plan_year")).intValue()),
                () -> assertEquals(2, ((Number) row.get("version_no")).intValue()),
                () -> assertEquals("DRAFT", row.get("stage")),
                () -> assertEquals(published.id(), ((Number) row.get("amendment_of")).longValue()),
                () -> assertEquals("Nov projekt Erasmus+", row.get("amendment_reason")),
                () -> assertNull(row.get("published_on")),
                () -> assertEquals(List.of(), tables.steps(amendment.getId())),
                () -> assertEquals("PUBLISHED", tables.stage(published.id())),
                () -> assertEquals(List.of(published.id(), amendment.getId()), tables.versionsOf(published.year())));
        for (String table : PlanTables.ITEM_TABLES) {
            assertEquals(tables.keys(table, published.id()), tables.keys(table, amendment.getId()), table);
        }
        assertEquals(tables.counts(published.id()), tables.counts(amendment.getId()));
    }

    @Test
    void aSecondAmendmentWhileOneIsOpenIsRefused() throws PortalException {
        TestPlan published = testPlans.publishedSample();
        Plan open = plans.amend(published.id(), "Prva sprememba");

        refused("plan.error.versionInProgress", () -> plans.amend(published.id(), "Druga sprememba"));
        refused("plan.error.versionInProgress", () -> plans.amend(open.getId(), "Sprememba osnutka"));

        assertEquals(List.of(published.id(), open.getId()), tables.versionsOf(published.year()));
    }

    @Test
    void anAmendmentNeedsAReasonAndAmendsTheLatestPublishedVersion() throws PortalException {
        TestPlan published = testPlans.publishedSample();

        refused("plan.error.amendmentReasonRequired", () -> plans.amend(published.id(), "  "));
        assertEquals(List.of(published.id()), tables.versionsOf(published.year()));

        Plan second = plans.amend(published.id(), "Prva sprememba");
        testPlans.publish(second.getId());
        refused("plan.error.amendOnlyLatest", () -> plans.amend(published.id(), "Sprememba stare različice"));
        Plan third = plans.amend(second.getId(), "Druga sprememba");

        Map<String, Object> row = tables.plan(third.getId());
        assertEquals(3, ((Number) row.get("version_no")).intValue());
        assertEquals(second.getId(), ((Number) row.get("amendment_of")).longValue());
        assertEquals(List.of(published.id(), second.getId(), third.getId()), tables.versionsOf(published.year()));
        for (String table : PlanTables.ITEM_TABLES) {
            assertEquals(tables.keys(table, published.id()), tables.keys(table, third.getId()), table);
        }
    }

    @Test
    void editingAnAmendmentLeavesThePublishedVersionUnchanged() throws PortalException {
        TestPlan published = testPlans.publishedSample();
        Snapshot before = tables.snapshot(published.id());

        Plan amendment = amendWithChanges(published);

        assertEquals(before, tables.snapshot(published.id()));
        Map<String, Integer> firstCounts = tables.counts(published.id());
        Map<String, Integer> amended = tables.counts(amendment.getId());
        assertAll("the amendment itself changed",
                () -> assertTrue(titles(plans.find(amendment.getId())).contains(NEW_SCHOOL_TITLE)),
                () -> assertEquals(firstCounts.get("plan_target") + 1, amended.get("plan_target")),
                () -> assertEquals(firstCounts.get("plan_statement") - 1, amended.get("plan_statement")));
    }

    @Test
    void anAmendmentIsAdoptedByTheInstituteCouncilAloneAndThenReplacesThePublishedVersion() throws PortalException {
        TestPlan published = testPlans.publishedSample();
        Plan amendment = amendWithChanges(published);

        refused("plan.error.stepOutOfOrder", () -> plans.record(amendment.getId(), COUNCIL, today(), APPROVED, null));
        refused("plan.error.stepOutOfOrder", () -> plans.record(amendment.getId(), PUBLISHED, today(), Decision.PUBLISHED, null));
        plans.record(amendment.getId(), INSTITUTE_COUNCIL, today(), APPROVED, "Svet zavoda je potrdil spremembo");
        plans.record(amendment.getId(), PUBLISHED, today(), Decision.PUBLISHED, null);

        assertEquals(List.of("INSTITUTE_COUNCIL:APPROVED", "PUBLISHED:PUBLISHED"), tables.stepTrail(amendment.getId()));
        Plan current = publishedPlans.ofYear(published.year());
        Plan first = publishedPlans.version(published.year(), 1);
        assertAll(
                () -> assertEquals(amendment.getId(), current.getId()),
                () -> assertEquals(2, current.getVersionNo()),
                () -> assertTrue(titles(current).contains(NEW_SCHOOL_TITLE), () -> titles(current).toString()),
                () -> assertEquals(published.id(), first.getId()),
                () -> assertTrue(titles(first).contains(ACTIVITY_SCHOOL), () -> titles(first).toString()),
                () -> assertFalse(titles(first).contains(NEW_SCHOOL_TITLE)),
                () -> assertEquals(List.of(amendment.getId(), published.id()),
                        publishedPlans.versionsOf(published.year()).stream().map(Plan::getId).toList()),
                () -> assertEquals("PUBLISHED", tables.stage(published.id())));
    }

    @Test
    void comparingTwoVersionsReportsChangedAddedAndRemovedItems() throws PortalException {
        TestPlan published = testPlans.publishedSample();
        Plan amendment = amendWithChanges(published);
        Plan first = plans.find(published.id());
        String schoolKey = activity(first, published.idOf(ACTIVITY_SCHOOL)).getKey();
        String communityKey = item(first, published.idOf(GOAL_COMMUNITY)).getKey();

        PlanComparison comparison = plans.compare(published.id(), amendment.getId());

        assertEquals(3, comparison.getChanges().size(), () -> describe(comparison));
        Change changed = only(comparison, ChangeKind.CHANGED);
        Change added = only(comparison, ChangeKind.ADDED);
        Change removed = only(comparison, ChangeKind.REMOVED);
        assertAll(
                () -> assertEquals("ACTIVITY", changed.getItemType()),
                () -> assertEquals(schoolKey, changed.getKey()),
                () -> assertEquals(List.of(new FieldChange("title", ACTIVITY_SCHOOL, NEW_SCHOOL_TITLE)), changed.getFields()),
                () -> assertEquals("TARGET", added.getItemType()),
                () -> assertEquals("2 izvedbi", added.getLabel()),
                () -> assertFalse(tables.keys("plan_target", published.id()).contains(added.getKey())),
                () -> assertEquals("GOAL", removed.getItemType()),
                () -> assertEquals(communityKey, removed.getKey()));
    }

    /**
     * Amends the published plan: renames the summer school, adds a target to it and removes the community goal.
     */
    private Plan amendWithChanges(TestPlan published) throws PortalException {
        Plan amendment = plans.amend(published.id(), "Spremenjena poletna šola");
        Plan loaded = plans.find(amendment.getId());
        PlanActivity school = byLabel(loaded.getActivities(), ACTIVITY_SCHOOL);
        plans.updateActivity(school.getId(), school.getVersion(), renamed(school, NEW_SCHOOL_TITLE));
        plans.addTarget(school.getId(), new TargetDetails(new BigDecimal("2"), "izvedbi", "izvedbe poletne šole", null));
        plans.removeStatement(byLabel(items(loaded, PlanStatement.class), GOAL_COMMUNITY).getId());
        return amendment;
    }

    @Test
    void everyChangeOfAPlansContentIsRecordedWithWhoAndWhat() throws PortalException {
        TestPlan published = testPlans.publishedSample();
        Plan amendment = amendWithChanges(published);
        Plan loaded = plans.find(amendment.getId());
        PlanActivity school = byLabel(loaded.getActivities(), NEW_SCHOOL_TITLE);
        plans.moveActivity(school.getId(), school.getPosition() == 1 ? 1 : -1);

        List<String> trail = plans.changesOf(amendment.getId(), 10).stream()
                .map(change -> change.getAction() + " " + change.getItemType() + " " + change.getChangedBy())
                .toList();
        assertEquals(List.of("MOVED ACTIVITY office.admin", "REMOVED GOAL office.admin", "ADDED TARGET office.admin",
                "CHANGED ACTIVITY office.admin", "CREATED PLAN office.admin"), trail);
        assertEquals(NEW_SCHOOL_TITLE, plans.changesOf(amendment.getId(), 10).get(3).getLabel());

        // a refused change leaves no trace
        testPlans.publish(amendment.getId());
        testPlans.signInAsAdmin();
        refused("plan.error.publishedReadOnly", () -> plans.removeActivity(school.getId()));
        assertEquals(5, plans.changesOf(amendment.getId(), 10).size());

        // the trail is the office's
        signInAs(centreAdmin(centres.create("trail")));
        assertThrows(AccessDeniedException.class, () -> plans.changesOf(amendment.getId(), 10));
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void onlyTheOfficeAdminChangesPlansAndEntersProgress() {
        TestPlan published = testPlans.publishedSample();
        TestPlan draft = testPlans.sample();
        int freeYear = testPlans.futureYear();
        PlanActivity school = activity(plans.find(draft.id()), draft.idOf(ACTIVITY_SCHOOL));
        long target = published.idOf(TARGET_SCHOOL);
        Snapshot publishedBefore = tables.snapshot(published.id());
        Snapshot draftBefore = tables.snapshot(draft.id());
        Caller.CentreRef centre = centres.create("plan");

        for (Caller caller : List.of(officeSteward(), centreAdmin(centre), centreStaff(centre))) {
            signInAs(caller);
            assertAll(caller.username(),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.create(freeYear, null)),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.create(freeYear, published.id())),
                    () -> assertThrows(AccessDeniedException.class,
                            () -> plans.record(draft.id(), COUNCIL, today(), APPROVED, null)),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.amend(published.id(), "Sprememba")),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.updateActivity(school.getId(),
                            school.getVersion(), renamed(school, NEW_SCHOOL_TITLE))),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.addArea(draft.id(),
                            new SectionDetails(SectionKind.AREA, null, "Področje X", null, null, null, null))),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.removeSection(draft.idOf(AREA_DIGITAL))),
                    () -> assertThrows(AccessDeniedException.class,
                            () -> progress.record(target, BigDecimal.ONE, today(), "poročilo")));
        }

        assertEquals(publishedBefore, tables.snapshot(published.id()));
        assertEquals(draftBefore, tables.snapshot(draft.id()));
        assertEquals(List.of(), tables.versionsOf(freeYear));
        assertEquals(List.of(published.id()), tables.versionsOf(published.year()));
        assertEquals(List.of(), tables.actuals(published.year(), target(loaded(published), target).getKey()));
    }

    @Test
    void officeStaffWithoutTheAdminRoleReadEveryPlan() {
        TestPlan draft = testPlans.sample();
        TestPlan published = testPlans.publishedSample();

        signInAs(officeSteward());

        Plan found = plans.find(draft.id());
        assertAll(
                () -> assertEquals(draft.id(), found.getId()),
                () -> assertEquals(PlanStage.DRAFT, found.getStage()),
                () -> assertEquals(List.of(AREA_TRAINING, AREA_DIGITAL), found.getAreas().stream().map(PlanSection::getTitle).toList()),
                () -> assertEquals(List.of(draft.id()), plans.versionsOf(draft.year()).stream().map(Plan::getId).toList()),
                () -> assertTrue(plans.all().stream().map(Plan::getId).toList().containsAll(List.of(draft.id(), published.id()))),
                () -> assertTrue(plans.compare(published.id(), published.id()).isEmpty()),
                () -> assertEquals(published.id(), publishedPlans.ofYear(published.year()).getId()));
    }

    @Test
    void centreUsersReadOnlyPublishedPlans() {
        TestPlan published = testPlans.publishedSample();
        TestPlan draft = testPlans.sample();
        Caller.CentreRef centre = centres.create("reader");

        for (Caller caller : List.of(centreAdmin(centre), centreStaff(centre))) {
            signInAs(caller);
            assertAll(caller.username(),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.find(published.id())),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.find(draft.id())),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.all()),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.versionsOf(published.year())),
                    () -> assertThrows(AccessDeniedException.class, () -> plans.compare(published.id(), published.id())),
                    () -> assertEquals(published.id(), publishedPlans.ofYear(published.year()).getId()),
                    () -> assertThrows(NotFoundException.class, () -> publishedPlans.ofYear(draft.year())));
        }
    }

    // ---------------------------------------------------------------- a new year from last year's plan

    @Test
    void aNewYearCopiedFromAPublishedPlanIsADraftWithEveryItemAndItsKey() throws PortalException {
        int year = testPlans.futureYears(2);
        TestPlan source = testPlans.sample(year);
        testPlans.publish(source.id());
        Snapshot sourceBefore = tables.snapshot(source.id());

        Plan copy = plans.create(year + 1, source.id());

        Map<String, Object> row = tables.plan(copy.getId());
        assertAll(
                () -> assertEquals(year + 1, ((Number) row.get("plan_year")).intValue()),
                () -> assertEquals(1, ((Number) row.get("version_no")).intValue()),
                () -> assertEquals("DRAFT", row.get("stage")),
                () -> assertNull(row.get("amendment_of")),
                () -> assertNull(row.get("published_on")),
                () -> assertEquals("Letni delovni načrt Mreže MaMa " + (year + 1), row.get("title")),
                () -> assertEquals(List.of(), tables.steps(copy.getId())));
        for (String table : PlanTables.ITEM_TABLES) {
            assertEquals(tables.keys(table, source.id()), tables.keys(table, copy.getId()), table);
        }
        assertEquals(tables.counts(source.id()), tables.counts(copy.getId()));
        PlanComparison comparison = plans.compare(source.id(), copy.getId());
        assertTrue(comparison.isEmpty(), () -> describe(comparison));
        Plan copied = plans.find(copy.getId());
        PlanSection project = byLabel(items(copied, PlanSection.class), PROJECT);
        assertEquals(item(plans.find(source.id()), source.idOf(AREA_TRAINING)).getKey(), project.getParent().getKey(),
                "the project stays in its area");
        assertEquals(sourceBefore, tables.snapshot(source.id()));
    }

    @Test
    void aYearThatAlreadyHasAPlanCannotBeCreatedAgain() {
        TestPlan draft = testPlans.sample();
        TestPlan published = testPlans.publishedSample();

        for (TestPlan existing : List.of(draft, published)) {
            PortalException empty = refused("plan.error.yearTaken", () -> plans.create(existing.year(), null));
            assertEquals("year", empty.field());
            refused("plan.error.yearTaken", () -> plans.create(existing.year(), published.id()));
            assertEquals(List.of(existing.id()), tables.versionsOf(existing.year()));
        }
    }

    // ---------------------------------------------------------------- measures and entered figures

    @Test
    void theMemberCentresMeasureCountsTheNetworksMemberCentres() {
        TestPlan plan = testPlans.draft(testPlans.futureYear())
                .area(AREA_TRAINING).activity("Vključevanje novih centrov")
                .measuredTarget("60", "centrov", "centri članice", "centre.members")
                .build();
        long members = tables.memberCentres();

        TargetProgress now = progressOf(plan, "centri članice", today());
        assertEquals(TargetProgress.Source.MEASURE, now.getSource());
        assertEquals(members, now.getActual().longValueExact());

        centres.create("candidate");
        assertEquals(members, progressOf(plan, "centri članice", today()).getActual().longValueExact(),
                "a candidate is not a member yet");
        centres.createMember("member");
        assertEquals(members + 1, tables.memberCentres());
        assertEquals(members + 1, progressOf(plan, "centri članice", today()).getActual().longValueExact());
    }

    @Test
    void theActiveStaffMeasureCountsActivePeopleAcrossCentres() throws PortalException {
        TestPlan plan = testPlans.draft(testPlans.futureYear())
                .area(AREA_TRAINING).activity("Krepitev kadrov")
                .measuredTarget("300", "oseb", "aktivni zaposleni v centrih", "people.activeStaff")
                .build();
        long active = tables.activePeople();
        assertEquals(active, progressOf(plan, "aktivni zaposleni v centrih", today()).getActual().longValueExact());

        signInAs(centreAdmin(centres.create("staff")));
        Person added = people.add(aPerson().named("Maja", "Kralj").build());
        assertEquals(active + 1, progressOf(plan, "aktivni zaposleni v centrih", today()).getActual().longValueExact());

        people.deactivate(added.getId());
        assertEquals(active, progressOf(plan, "aktivni zaposleni v centrih", today()).getActual().longValueExact());
    }

    @Test
    void aTargetWithAnUnknownMeasureIsRefused() {
        TestPlan plan = testPlans.sample();
        PlanTarget school = target(plans.find(plan.id()), plan.idOf(TARGET_SCHOOL));
        Snapshot before = tables.snapshot(plan.id());

        PortalException added = refused("plan.error.unknownMeasure", () -> plans.addTarget(plan.idOf(ACTIVITY_SCHOOL),
                new TargetDetails(BigDecimal.TEN, "centrov", "centri", "centre.nobodyKnows")));
        refused("plan.error.unknownMeasure", () -> plans.updateTarget(school.getId(), school.getVersion(),
                new TargetDetails(school.getValue(), school.getUnit(), school.getCounted(), "academy.notYet")));

        assertEquals("measure", added.field());
        assertEquals(before, tables.snapshot(plan.id()));
    }

    @Test
    void noFigureCanBeEnteredForAComputedTarget() {
        TestPlan plan = testPlans.draft(testPlans.futureYear())
                .area(AREA_TRAINING).activity("Vključevanje novih centrov")
                .measuredTarget("60", "centrov", "centri članice", "centre.members")
                .build();
        long target = plan.idOf("centri članice");

        refused("plan.error.actualComputed",
                () -> progress.record(target, new BigDecimal("3"), today(), "ročno preštete"));

        assertEquals(List.of(), tables.actuals(plan.year(), target(loaded(plan), target).getKey()));
    }

    @Test
    void theFigureWithTheLatestDateIsTheTargetsActual() throws PortalException {
        int year = testPlans.pastYear();
        TestPlan plan = testPlans.sample(year);
        long trainings = plan.idOf(TARGET_TRAININGS);

        progress.record(trainings, new BigDecimal("3"), LocalDate.of(year, 6, 30), "Poročilo za junij");
        progress.record(trainings, new BigDecimal("1"), LocalDate.of(year, 3, 31), "Poročilo za marec, vneseno pozneje");

        TargetProgress june = progressOf(plan, TARGET_TRAININGS, LocalDate.of(year, 12, 31));
        assertAll(
                () -> assertEquals(TargetProgress.Source.ENTERED, june.getSource()),
                () -> assertEquals(0, new BigDecimal("3").compareTo(june.getActual())),
                () -> assertEquals(LocalDate.of(year, 6, 30), june.getMeasuredOn()),
                () -> assertEquals("Poročilo za junij", june.getEvidence()));

        progress.record(trainings, new BigDecimal("4"), LocalDate.of(year, 9, 15), "Poročilo za september");
        assertEquals(0, new BigDecimal("4").compareTo(progressOf(plan, TARGET_TRAININGS, LocalDate.of(year, 12, 31)).getActual()));
        assertEquals(List.of("4.00", "3.00", "1.00"), progress.history(trainings).stream()
                .map(PlanActual::getValue).map(BigDecimal::toPlainString).toList(), "newest date first");
        assertEquals(3, tables.actuals(year, target(loaded(plan), trainings).getKey()).size());
    }

    @Test
    void enteredFiguresSurviveAnAmendment() throws PortalException {
        int year = testPlans.pastYear();
        TestPlan first = testPlans.sample(year);
        testPlans.publish(first.id());
        progress.record(first.idOf(TARGET_TRAININGS), new BigDecimal("2"), LocalDate.of(year, 5, 10), "Zapisnik");

        Plan amendment = plans.amend(first.id(), "Dodatno usposabljanje");

        TargetProgress carried = progressOf(plans.find(amendment.getId()), TARGET_TRAININGS, LocalDate.of(year, 6, 1));
        assertAll(
                () -> assertNotEquals(first.idOf(TARGET_TRAININGS), carried.getTarget().getId(), "the amendment's own target"),
                () -> assertEquals(target(loaded(first), first.idOf(TARGET_TRAININGS)).getKey(), carried.getTarget().getKey()),
                () -> assertEquals(TargetProgress.Source.ENTERED, carried.getSource()),
                () -> assertEquals(0, new BigDecimal("2").compareTo(carried.getActual())),
                () -> assertEquals(LocalDate.of(year, 5, 10), carried.getMeasuredOn()),
                () -> assertEquals("Zapisnik", carried.getEvidence()));
    }

    // ---------------------------------------------------------------- behind schedule

    @Test
    void aTargetIsBehindWhenItsActualIsBelowTheShareExpectedByTheDate() throws PortalException {
        int year = testPlans.pastYear();
        TestPlan plan = testPlans.draft(year)
                .area(AREA_TRAINING)
                .activity("Delavnice v centrih", "januar – december", 1, 12)
                .target("12", "delavnic", "pod pričakovanim")
                .target("12", "delavnic", "točno pričakovano")
                .target("12", "delavnic", "nad pričakovanim")
                .target("12", "delavnic", "doseženo")
                .target("12", "delavnic", "brez podatka")
                .activity("Jesenski tabor", "oktober", 10, 10)
                .target("1", "tabor", "tabor še ni na vrsti")
                .build();
        LocalDate lastOfJune = LocalDate.of(year, 6, 30);
        progress.record(plan.idOf("pod pričakovanim"), new BigDecimal("5"), lastOfJune, null);
        progress.record(plan.idOf("točno pričakovano"), new BigDecimal("6"), lastOfJune, null);
        progress.record(plan.idOf("nad pričakovanim"), new BigDecimal("7.5"), lastOfJune, null);
        progress.record(plan.idOf("doseženo"), new BigDecimal("13"), lastOfJune, null);

        // on 1 July six of the twelve months are done: 6 of 12 workshops are expected
        LocalDate firstOfJuly = LocalDate.of(year, 7, 1);
        List<AreaProgress> july = progress.of(plans.find(plan.id()), firstOfJuly);
        TargetProgress below = progressOf(july, "pod pričakovanim");
        assertAll(
                () -> assertEquals("6", below.getExpectedText()),
                () -> assertEquals(ProgressStatus.BEHIND, below.getStatus()),
                () -> assertTrue(below.isBehind()),
                () -> assertEquals(ProgressStatus.ON_TRACK, progressOf(july, "točno pričakovano").getStatus()),
                () -> assertFalse(progressOf(july, "točno pričakovano").isBehind()),
                () -> assertEquals(ProgressStatus.ON_TRACK, progressOf(july, "nad pričakovanim").getStatus()),
                () -> assertEquals(ProgressStatus.ACHIEVED, progressOf(july, "doseženo").getStatus()),
                () -> assertEquals(100, progressOf(july, "doseženo").getPercent()),
                () -> assertEquals(ProgressStatus.BEHIND, progressOf(july, "brez podatka").getStatus(), "due, but no figure"),
                () -> assertEquals(ProgressStatus.NOT_DUE, progressOf(july, "tabor še ni na vrsti").getStatus()),
                () -> assertEquals(List.of(2L, 2L, 1L, 1L), List.of(july.get(0).getBehind(), july.get(0).getOnTrack(),
                        july.get(0).getAchieved(), july.get(0).getNotDue())));

        // a month earlier five were expected: the same figure was on track then
        TargetProgress june = progressOf(progress.of(plans.find(plan.id()), LocalDate.of(year, 6, 1)), "pod pričakovanim");
        assertEquals("5", june.getExpectedText());
        assertEquals(ProgressStatus.ON_TRACK, june.getStatus());
        assertFalse(june.isBehind());
    }

    // ---------------------------------------------------------------- exports

    @Test
    void thePdfExportOfAPublishedPlanShowsItsAreasProjectActivitiesAndTargets() throws IOException {
        TestPlan published = testPlans.publishedSample();
        signInAs(centreStaff(centres.create("pdf")));

        byte[] pdf = new PdfExport().render(document(publishedPlans.ofYear(published.year())));

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertShowsSamplePlan(text);
    }

    @Test
    void theDocxExportOfADraftShowsItsAreasProjectActivitiesAndTargets() throws IOException {
        TestPlan draft = testPlans.sample();

        byte[] docx = new DocxExport().render(document(plans.find(draft.id())));

        StringBuilder text = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                text.append(paragraph.getText()).append('\n');
            }
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        text.append(cell.getText()).append('\n');
                    }
                }
            }
        }
        assertShowsSamplePlan(text.toString());
    }

    private static DocumentModel document(Plan plan) {
        return new PlanDocument(key -> key, Locale.forLanguageTag("sl")).of(plan);
    }

    private static void assertShowsSamplePlan(String extracted) {
        String text = extracted.replaceAll("\\s+", " ");
        assertAll(
                () -> assertTrue(text.contains(AREA_TRAINING), text),
                () -> assertTrue(text.contains(AREA_DIGITAL), text),
                () -> assertTrue(text.contains(PROJECT), text),
                () -> assertTrue(text.contains(GOAL_SKILLS), text),
                () -> assertTrue(text.contains(ACTIVITY_SCHOOL), text),
                () -> assertTrue(text.contains(ACTIVITY_WEBINARS), text),
                () -> assertTrue(text.contains("37 udeležencev"), text),
                () -> assertTrue(text.contains("4 usposabljanja"), text));
    }

    // ---------------------------------------------------------------- network data

    @Test
    void everyCentreSeesTheSamePublishedPlanAsTheOffice() {
        TestPlan published = testPlans.publishedSample();
        TestPlan draft = testPlans.sample();
        Caller.CentreRef a = centres.create("a");
        Caller.CentreRef b = centres.create("b");

        signInAs(officeSteward());
        Plan office = plans.find(published.id());
        signInAs(centreAdmin(a));
        Plan seenByA = publishedPlans.ofYear(published.year());
        List<Integer> yearsSeenByA = publishedPlans.years();
        signInAs(centreStaff(b));
        Plan seenByB = publishedPlans.ofYear(published.year());

        for (Plan seen : List.of(seenByA, seenByB)) {
            assertAll(
                    () -> assertEquals(office.getId(), seen.getId()),
                    () -> assertEquals(office.getVersionNo(), seen.getVersionNo()),
                    () -> assertEquals(keys(office), keys(seen)),
                    () -> assertEquals(titles(office), titles(seen)));
        }
        assertTrue(yearsSeenByA.contains(published.year()));
        assertFalse(yearsSeenByA.contains(draft.year()), "a draft is not published");
        assertEquals(List.of(), publishedPlans.versionsOf(draft.year()));
        assertTrue(publishedPlans.latest().orElseThrow().getYear() >= published.year());
    }

    // ---------------------------------------------------------------- helpers

    private void signInAs(Caller caller) {
        currentUser.signIn(caller);
    }

    private static LocalDate today() {
        return PortalClock.today();
    }

    /** Asserts that the call is refused with the message key, and returns the refusal. */
    private static PortalException refused(String messageKey, Executable call) {
        PortalException refused = assertThrows(PortalException.class, call);
        assertEquals(messageKey, refused.messageKey());
        return refused;
    }

    private void renameActivity(TestPlan plan, String title, String newTitle) throws PortalException {
        PlanActivity activity = activity(loaded(plan), plan.idOf(title));
        plans.updateActivity(activity.getId(), activity.getVersion(), renamed(activity, newTitle));
    }

    private static ActivityDetails renamed(PlanActivity activity, String title) {
        ActivityDetails details = activity.details();
        return new ActivityDetails(title, details.periodLabel(), details.monthFrom(), details.monthTo(),
                details.description(), details.participation());
    }

    /** The test plan loaded through the boundary by the office admin; whoever was signed in stays signed in. */
    private Plan loaded(TestPlan plan) {
        Caller caller = currentUser.caller();
        testPlans.signInAsAdmin();
        try {
            return plans.find(plan.id());
        } finally {
            signInAs(caller);
        }
    }

    private static PlanItem item(Plan plan, long id) {
        return plan.items().filter(item -> item.getId() == id).findFirst()
                .orElseThrow(() -> new AssertionError("No item " + id + " in " + plan));
    }

    private static PlanActivity activity(Plan plan, long id) {
        return (PlanActivity) item(plan, id);
    }

    private static PlanTarget target(Plan plan, long id) {
        return (PlanTarget) item(plan, id);
    }

    private static <T extends PlanItem> List<T> items(Plan plan, Class<T> type) {
        return plan.items().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends PlanItem> T byLabel(List<T> items, String label) {
        return items.stream().filter(item -> item.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No item labelled " + label));
    }

    private TargetProgress progressOf(TestPlan plan, String counted, LocalDate asOf) {
        return progressOf(loaded(plan), counted, asOf);
    }

    private TargetProgress progressOf(Plan plan, String counted, LocalDate asOf) {
        return progressOf(progress.of(plan, asOf), counted);
    }

    private static TargetProgress progressOf(List<AreaProgress> areas, String counted) {
        return areas.stream().flatMap(area -> area.getTargets().stream())
                .filter(target -> target.getTarget().getCounted().equals(counted)).findFirst()
                .orElseThrow(() -> new AssertionError("No progress of a target counting " + counted));
    }

    private static Change only(PlanComparison comparison, ChangeKind kind) {
        List<Change> changes = comparison.getChanges().stream().filter(change -> change.getKind() == kind).toList();
        assertEquals(1, changes.size(), () -> kind + ": " + describe(comparison));
        return changes.get(0);
    }

    private static String describe(PlanComparison comparison) {
        List<String> lines = new ArrayList<>();
        for (Change change : comparison.getChanges()) {
            lines.add(change.getKind() + " " + change.getItemType() + " " + change.getLabel() + " " + change.getFields());
        }
        return String.join("; ", lines);
    }

    private static List<String> keys(Plan plan) {
        return plan.items().map(PlanItem::getKey).toList();
    }

    private static List<String> titles(Plan plan) {
        return plan.getActivities().stream().map(PlanActivity::getTitle).toList();
    }
}
