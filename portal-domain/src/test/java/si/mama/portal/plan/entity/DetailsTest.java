package si.mama.portal.plan.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetailsTest {

    private static void assertViolation(String rule, Executable action) {
        assertEquals(rule, assertThrows(PlanRuleViolation.class, action).rule());
    }

    private static ActivityDetails months(Integer from, Integer to) {
        return new ActivityDetails("Usposabljanja", null, from, to, null, null);
    }

    private static TargetDetails target(String value) {
        return new TargetDetails(new BigDecimal(value), "usposabljanj", "izvedena usposabljanja", null);
    }

    // ---- activities ---------------------------------------------------------------------------------------------

    @Test
    void activityMonthsComeInPairs() {
        assertViolation("monthsIncomplete", () -> months(3, null));
        assertViolation("monthsIncomplete", () -> months(null, 5));
        ActivityDetails none = months(null, null);
        assertNull(none.monthFrom());
        assertNull(none.monthTo());
    }

    @Test
    void activityMonthsMustLieInTheYearInOrder() {
        assertViolation("monthsOutOfOrder", () -> months(0, 5));
        assertViolation("monthsOutOfOrder", () -> months(1, 13));
        assertViolation("monthsOutOfOrder", () -> months(13, 13));
        assertViolation("monthsOutOfOrder", () -> months(-1, 0));
        assertViolation("monthsOutOfOrder", () -> months(6, 5));
        assertEquals(1, months(1, 12).monthFrom());
        assertEquals(12, months(1, 12).monthTo());
        assertEquals(7, months(7, 7).monthTo(), "a single month is fine");
    }

    @Test
    void activityTitleIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new ActivityDetails("  ", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ActivityDetails(null, null, null, null, null, null));
    }

    @Test
    void overlongActivityTextsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ActivityDetails(
                "x".repeat(ActivityDetails.TITLE_MAX + 1), null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ActivityDetails(
                "Naslov", "x".repeat(ActivityDetails.PERIOD_MAX + 1), null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ActivityDetails(
                "Naslov", null, null, null, null, "x".repeat(ActivityDetails.PARTICIPATION_MAX + 1)));
        assertEquals(ActivityDetails.TITLE_MAX,
                new ActivityDetails("x".repeat(ActivityDetails.TITLE_MAX), null, null, null, null, null)
                        .title().length());
    }

    @Test
    void activityTextsAreStrippedAndBlankOptionalTextsAreNone() {
        ActivityDetails details = new ActivityDetails("  Usposabljanja ", " februar – december ", 2, 12,
                "\n Izvedena usposabljanja\r\nza centre  ", "  Vsi centri ");
        assertEquals("Usposabljanja", details.title());
        assertEquals("februar – december", details.periodLabel());
        assertEquals("Izvedena usposabljanja\nza centre", details.description());
        assertEquals("Vsi centri", details.participation());

        ActivityDetails blank = new ActivityDetails("Usposabljanja", "  ", null, null, "\n\t", "");
        assertNull(blank.periodLabel());
        assertNull(blank.description());
        assertNull(blank.participation());
    }

    @Test
    void anActivityRunsInItsMonthsOrAllYearWithoutThem() {
        ActivityDetails spring = months(3, 5);
        assertFalse(spring.runsIn(2));
        assertTrue(spring.runsIn(3));
        assertTrue(spring.runsIn(4));
        assertTrue(spring.runsIn(5));
        assertFalse(spring.runsIn(6));

        ActivityDetails allYear = months(null, null);
        for (int month = 1; month <= 12; month++) {
            assertTrue(allYear.runsIn(month));
        }
    }

    // ---- targets ------------------------------------------------------------------------------------------------

    @Test
    void targetValueMustBePositive() {
        assertViolation("targetValue", () -> target("0"));
        assertViolation("targetValue", () -> target("0.00"));
        assertViolation("targetValue", () -> target("-1"));
        assertViolation("targetValue", () -> target("-0.01"));
        assertEquals(new BigDecimal("0.01"), target("0.01").value());
        assertThrows(NullPointerException.class,
                () -> new TargetDetails(null, "usposabljanj", "izvedena usposabljanja", null));
    }

    @Test
    void targetValueHasAtMostTwoDecimalsAndFitsTheColumn() {
        assertViolation("targetValue", () -> target("1.005"));
        assertViolation("targetValue", () -> target("0.001"));
        assertViolation("targetValue", () -> target("10000000000"));
        assertEquals(new BigDecimal("9999999999.99"), target("9999999999.99").value());
        assertEquals(new BigDecimal("1.50"), target("1.5000").value(), "trailing zeros are not extra decimals");
    }

    @Test
    void targetValueIsKeptWithScaleTwo() {
        assertEquals(2, target("4").value().scale());
        assertEquals(new BigDecimal("4.00"), target("4").value());
        assertEquals(new BigDecimal("2.50"), target("2.5").value());
        assertEquals(new BigDecimal("1000.00"), target("1E+3").value());
    }

    @Test
    void targetTextsAreStrippedUnitAndCountedRequired() {
        TargetDetails details = new TargetDetails(BigDecimal.ONE, " usposabljanj ", " izvedena ", "  ");
        assertEquals("usposabljanj", details.unit());
        assertEquals("izvedena", details.counted());
        assertNull(details.measure());
        assertEquals("trainings.held",
                new TargetDetails(BigDecimal.ONE, "x", "y", " trainings.held ").measure());
        assertThrows(IllegalArgumentException.class, () -> new TargetDetails(BigDecimal.ONE, " ", "y", null));
        assertThrows(IllegalArgumentException.class, () -> new TargetDetails(BigDecimal.ONE, "x", null, null));
        assertThrows(IllegalArgumentException.class, () -> new TargetDetails(BigDecimal.ONE, "x", "y",
                "m".repeat(TargetDetails.MEASURE_MAX + 1)));
    }

    // ---- sections -----------------------------------------------------------------------------------------------

    @Test
    void anAreaKeepsItsChapterButHasNoFundingOrRole() {
        SectionDetails area = new SectionDetails(SectionKind.AREA, " 1. ", " Podpora centrom ", " SC1 ", " Namen ",
                "MOL", NetworkRole.APPLICANT);
        assertEquals("1.", area.chapter());
        assertEquals("Podpora centrom", area.title());
        assertEquals("SC1", area.strategyGoals());
        assertEquals("Namen", area.purpose());
        assertNull(area.funding());
        assertNull(area.networkRole());
    }

    @Test
    void aProjectKeepsFundingAndRoleButHasNoChapter() {
        SectionDetails project = new SectionDetails(SectionKind.PROJECT, "1.", "Projekt Mladi", null, null,
                " MOL ", NetworkRole.PARTNER);
        assertNull(project.chapter());
        assertEquals("MOL", project.funding());
        assertEquals(NetworkRole.PARTNER, project.networkRole());
    }

    @Test
    void aProgrammeKeepsFundingButHasNoChapterOrRole() {
        SectionDetails programme = new SectionDetails(SectionKind.PROGRAMME, "1.", "Program", null, null,
                "Erasmus+", NetworkRole.APPLICANT);
        assertNull(programme.chapter());
        assertEquals("Erasmus+", programme.funding());
        assertNull(programme.networkRole());
    }

    @Test
    void sectionNeedsAKindAndATitle() {
        assertThrows(NullPointerException.class,
                () -> new SectionDetails(null, null, "Naslov", null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new SectionDetails(SectionKind.AREA, null, " ", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SectionDetails(SectionKind.PROJECT, null, "P", null,
                null, "f".repeat(SectionDetails.FUNDING_MAX + 1), null));
        SectionDetails blank = new SectionDetails(SectionKind.AREA, " ", "A", "", "\n", null, null);
        assertNull(blank.chapter());
        assertNull(blank.strategyGoals());
        assertNull(blank.purpose());
    }

    @Test
    void itemsGiveBackTheDetailsTheyWereGiven() {
        Plan plan = new Plan(2021, "LDN 2021", null);
        SectionDetails projectDetails = new SectionDetails(SectionKind.PROJECT, null, "Projekt Mladi", "SC1",
                "Namen", "MOL", NetworkRole.APPLICANT);
        PlanSection area = plan.addArea(new SectionDetails(SectionKind.AREA, "1.", "A", null, null, null, null));
        PlanSection project = plan.addSection(area, projectDetails);
        assertEquals(projectDetails, project.details());

        ActivityDetails activityDetails = new ActivityDetails("Usposabljanja", "maj", 5, 5, "Opis", "Vsi");
        PlanActivity activity = plan.addActivity(project, activityDetails);
        assertEquals(activityDetails, activity.details());

        TargetDetails targetDetails = new TargetDetails(new BigDecimal("2.5"), "dni", "dnevi", "days");
        assertEquals(targetDetails, plan.addTarget(activity, targetDetails).details());
    }
}
