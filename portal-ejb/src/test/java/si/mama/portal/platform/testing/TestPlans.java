package si.mama.portal.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.entity.Decision;
import si.mama.portal.plan.entity.NetworkRole;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanStage;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Plans for a test, made through the boundaries as the office admin. The integration tests share one database
 * (kept in target/ between builds), and a plan's year is unique while it has no published version, so every
 * plan gets a year of its own: one that no plan or figure in the database uses and no earlier test of this
 * build was given. Future years (2030–2099) suit most tests; entered actuals must be dated within the plan's
 * year and not after today, so tests of entered figures take a past year (2000 up to last year).
 */
@ApplicationScoped
public class TestPlans {

    private static final Logger LOG = Logger.getLogger(TestPlans.class.getName());

    public static final int FIRST_FUTURE_YEAR = 2030;
    public static final int LAST_FUTURE_YEAR = 2099;
    public static final int FIRST_PAST_YEAR = 2000;

    // the sample plan: two areas (one with a project), goals, an indicator, activities and targets
    public static final String AREA_TRAINING = "Področje usposabljanja";
    public static final String AREA_DIGITAL = "Področje digitalnega mladinskega dela";
    public static final String PROJECT = "Projekt Mladinsko delo šteje";
    public static final String GOAL_SKILLS = "Okrepiti kompetence mladinskih delavcev";
    public static final String GOAL_COMMUNITY = "Povezati centre v učečo se skupnost";
    public static final String INDICATOR = "Udeleženci ocenijo usposabljanja kot koristna";
    public static final String ACTIVITY_SCHOOL = "Poletna šola";
    public static final String TARGET_SCHOOL = "udeleženci poletne šole";
    public static final String ACTIVITY_TRAININGS = "Usposabljanja za mladinske delavce";
    public static final String TARGET_TRAININGS = "izvedena usposabljanja";
    public static final String GOAL_PROJECT = "Prikazati učinke mladinskega dela";
    public static final String ACTIVITY_MEETING = "Mednarodno srečanje partnerjev";
    public static final String TARGET_MEETING = "srečanja partnerjev";
    public static final String GOAL_DIGITAL = "Razviti digitalne kompetence v centrih";
    public static final String ACTIVITY_WEBINARS = "Spletni seminarji";
    public static final String TARGET_WEBINARS = "izvedeni spletni seminarji";

    @Inject
    Plans plans;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlanTables tables;

    private final Set<Integer> reserved = new HashSet<>();
    private final Random random = new Random();

    /** A year from 2030 on that is this test's alone. */
    public int futureYear() {
        return reserve(FIRST_FUTURE_YEAR, LAST_FUTURE_YEAR, 1);
    }

    /** The first of {@code count} consecutive future years, all this test's alone. */
    public int futureYears(int count) {
        return reserve(FIRST_FUTURE_YEAR, LAST_FUTURE_YEAR, count);
    }

    /** A year before this one that is this test's alone: figures can be entered for any date in it. */
    public int pastYear() {
        return reserve(FIRST_PAST_YEAR, PortalClock.today().getYear() - 1, 1);
    }

    /** Signs in as the office admin and creates an empty draft for {@code year}, to fill with the builder. */
    public PlanBuilder draft(int year) {
        signInAsAdmin();
        try {
            return new PlanBuilder(plans, plans.create(year, null));
        } catch (PortalException e) {
            throw new IllegalStateException("Cannot create a plan for " + year + ": " + e.messageKey(), e);
        }
    }

    /** A draft of the sample plan for a future year of its own. */
    public TestPlan sample() {
        return sample(futureYear());
    }

    /** A draft of the sample plan, the office admin signed in. */
    public TestPlan sample(int year) {
        return draft(year)
                .area(AREA_TRAINING, "1. Usposabljanje in razvoj kadrov", "Kakovostno mladinsko delo v vseh centrih.")
                .goal(GOAL_SKILLS)
                .goal(GOAL_COMMUNITY)
                .indicator(INDICATOR)
                .activity(ACTIVITY_SCHOOL, "junij – avgust", 6, 8)
                .target("37", "udeležencev", TARGET_SCHOOL)
                .activity(ACTIVITY_TRAININGS, "februar – november", 2, 11)
                .target("4", "usposabljanja", TARGET_TRAININGS)
                .project(PROJECT, "Erasmus+ KA2", NetworkRole.APPLICANT)
                .goal(GOAL_PROJECT)
                .activity(ACTIVITY_MEETING, "maj", 5, 5)
                .target("1", "srečanje", TARGET_MEETING)
                .area(AREA_DIGITAL, "2. Digitalno mladinsko delo", null)
                .goal(GOAL_DIGITAL)
                .activity(ACTIVITY_WEBINARS)
                .target("10", "seminarjev", TARGET_WEBINARS)
                .build();
    }

    /** The sample plan of a future year of its own, walked through every step to published. */
    public TestPlan publishedSample() {
        TestPlan plan = sample();
        publish(plan.id());
        return plan;
    }

    public void publish(long planId) {
        walkTo(planId, PlanStage.PUBLISHED);
    }

    /**
     * Records approvals, dated today, from the plan's stage up to {@code stage} on the plan's path (the full
     * adoption path, or an amendment's); the office admin is signed in afterwards.
     */
    public void walkTo(long planId, PlanStage stage) {
        signInAsAdmin();
        Plan plan = plans.find(planId);
        if (!plan.path().contains(stage) || plan.path().indexOf(stage) < plan.path().indexOf(plan.getStage())) {
            throw new IllegalArgumentException(plan + " cannot walk to " + stage + " on " + plan.path());
        }
        try {
            while (plan.getStage() != stage) {
                PlanStage next = plan.getNextStage();
                plans.record(planId, next, PortalClock.today(),
                        next == PlanStage.PUBLISHED ? Decision.PUBLISHED : Decision.APPROVED, null);
                plan = plans.find(planId);
            }
        } catch (PortalException e) {
            throw new IllegalStateException("Cannot walk " + plan + " to " + stage + ": " + e.messageKey(), e);
        }
    }

    public void signInAsAdmin() {
        currentUser.signIn(Callers.officeAdmin());
    }

    /**
     * The first of {@code count} consecutive years in {@code first..last} that no test of this build was given
     * and the database does not use. When the database uses them all (earlier builds left their plans), the
     * years whose plans are oldest are reclaimed: their plans and figures are deleted.
     */
    private synchronized int reserve(int first, int last, int count) {
        List<Integer> starts = IntStream.rangeClosed(first, last - count + 1)
                .filter(start -> years(start, count).noneMatch(reserved::contains))
                .boxed().toList();
        if (starts.isEmpty()) {
            throw new IllegalStateException("This build has used every plan year from " + first + " to " + last);
        }
        Map<Integer, Timestamp> inUse = tables.yearsInUse();
        List<Integer> free = starts.stream().filter(start -> years(start, count).noneMatch(inUse::containsKey))
                .toList();
        int start;
        if (!free.isEmpty()) {
            start = free.get(random.nextInt(free.size()));
        } else {
            start = starts.stream().min(Comparator.comparing((Integer candidate) -> years(candidate, count)
                    .mapToObj(year -> inUse.getOrDefault(year, new Timestamp(0)))
                    .max(Comparator.naturalOrder()).orElseThrow())).orElseThrow();
            years(start, count).forEach(year -> {
                LOG.info(() -> "Reclaiming plan year " + year + " left in the database by an earlier build");
                tables.reclaim(year);
            });
        }
        years(start, count).forEach(reserved::add);
        return start;
    }

    private static IntStream years(int start, int count) {
        return IntStream.range(start, start + count);
    }
}
