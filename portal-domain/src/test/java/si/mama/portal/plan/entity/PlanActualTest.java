package si.mama.portal.plan.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlanActualTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);
    private static final String BY = "office.admin";

    private Plan plan;
    private PlanTarget target;

    @BeforeEach
    void planWithATarget() {
        plan = new Plan(2021, "LDN 2021", null);
        PlanSection area = plan.addArea(new SectionDetails(SectionKind.AREA, null, "Podpora centrom", null, null,
                null, null));
        PlanActivity activity = plan.addActivity(area, new ActivityDetails("Usposabljanja", null, null, null, null,
                null));
        target = plan.addTarget(activity, new TargetDetails(new BigDecimal("4"), "usposabljanj", "izvedena", null));
    }

    private PlanActual actual(String value, LocalDate measuredOn) {
        return new PlanActual(target, value == null ? null : new BigDecimal(value), measuredOn, null, BY, TODAY);
    }

    private static PlanRuleViolation assertViolation(String rule, Executable action) {
        PlanRuleViolation violation = assertThrows(PlanRuleViolation.class, action);
        assertEquals(rule, violation.rule());
        return violation;
    }

    @Test
    void anActualTakesTheTargetsKeyAndYear() {
        LocalDate may = LocalDate.of(2021, 5, 12);
        PlanActual actual = new PlanActual(target, new BigDecimal("3"), may, "  poročilo v mapi ", BY, TODAY);
        assertEquals(target.getKey(), actual.getTargetKey());
        assertEquals(2021, actual.getYear());
        assertEquals(new BigDecimal("3.00"), actual.getValue());
        assertEquals(may, actual.getMeasuredOn());
        assertEquals("poročilo v mapi", actual.getEvidence());
        assertEquals(BY, actual.getRecordedBy());
        assertNull(actual.getId());
    }

    @Test
    void anActualOutlivesAnAmendmentThroughTheTargetsKey() {
        LocalDate on = LocalDate.of(2021, 1, 11);
        for (PlanStage step : plan.path().subList(1, plan.path().size())) {
            plan.record(step, on, step == PlanStage.PUBLISHED ? Decision.PUBLISHED : Decision.APPROVED, null, BY,
                    TODAY);
            on = on.plusWeeks(1);
        }
        PlanTarget amended = plan.amend("Sprememba", 2).getTargets().get(0);
        PlanActual actual = new PlanActual(amended, BigDecimal.ONE, TODAY, null, BY, TODAY);
        assertEquals(target.getKey(), actual.getTargetKey());
        assertEquals(2021, actual.getYear());
    }

    @Test
    void valueIsKeptWithScaleTwo() {
        assertEquals(new BigDecimal("0.00"), actual("0", TODAY).getValue(), "zero is a valid figure");
        assertEquals(new BigDecimal("2.50"), actual("2.5", TODAY).getValue());
        assertEquals(new BigDecimal("1.23"), actual("1.230", TODAY).getValue());
        assertEquals(new BigDecimal("9999999999.99"), actual("9999999999.99", TODAY).getValue());
    }

    @Test
    void negativeOrMissingValueIsRefused() {
        assertViolation("actualValue", () -> actual("-1", TODAY));
        assertViolation("actualValue", () -> actual("-0.01", TODAY));
        assertViolation("actualValue", () -> actual(null, TODAY));
    }

    @Test
    void valueWithMoreThanTwoDecimalsOrTooLargeIsRefused() {
        assertViolation("actualValue", () -> actual("1.234", TODAY));
        assertViolation("actualValue", () -> actual("0.001", TODAY));
        assertViolation("actualValue", () -> actual("10000000000", TODAY));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertViolation("actualDate", () -> actual("1", TODAY.plusDays(1)));
        assertViolation("actualDate", () -> actual("1", null));
        assertNotNull(actual("1", TODAY), "today is fine");
    }

    @Test
    void aDateOutsideThePlansYearIsRefused() {
        PlanRuleViolation violation = assertViolation("actualYear", () -> actual("1", LocalDate.of(2020, 12, 31)));
        assertArrayEquals(new Object[] {2021}, violation.arguments());
        assertViolation("actualYear", () -> new PlanActual(target, BigDecimal.ONE, LocalDate.of(2022, 1, 1), null,
                BY, LocalDate.of(2022, 2, 1)));
        assertEquals(LocalDate.of(2021, 1, 1), actual("1", LocalDate.of(2021, 1, 1)).getMeasuredOn());
        assertEquals(LocalDate.of(2021, 12, 31), new PlanActual(target, BigDecimal.ONE, LocalDate.of(2021, 12, 31),
                null, BY, LocalDate.of(2022, 1, 15)).getMeasuredOn());
    }

    @Test
    void recordedByIsRequiredAndBlankEvidenceIsNone() {
        assertThrows(IllegalArgumentException.class,
                () -> new PlanActual(target, BigDecimal.ONE, TODAY, null, "  ", TODAY));
        assertNull(new PlanActual(target, BigDecimal.ONE, TODAY, "   ", BY, TODAY).getEvidence());
        assertThrows(IllegalArgumentException.class, () -> new PlanActual(target, BigDecimal.ONE, TODAY,
                "e".repeat(PlanActual.EVIDENCE_MAX + 1), BY, TODAY));
    }
}
