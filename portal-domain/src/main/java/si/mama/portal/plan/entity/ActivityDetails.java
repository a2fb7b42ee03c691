package si.mama.portal.plan.entity;

/**
 * An activity as the plan's tables show it: what (KAJ), when (KDAJ: a label such as "februar – december"
 * and the months it covers, or none when not yet known), the expected result (KAZALNIK) and how centres
 * can take part.
 */
public record ActivityDetails(String title, String periodLabel, Integer monthFrom, Integer monthTo,
                              String description, String participation) {

    public static final int TITLE_MAX = 500;
    public static final int PERIOD_MAX = 100;
    public static final int TEXT_MAX = 8000;
    public static final int PARTICIPATION_MAX = 500;

    public ActivityDetails {
        title = PlanText.required(title, "title", TITLE_MAX);
        periodLabel = PlanText.optional(periodLabel, "periodLabel", PERIOD_MAX);
        description = PlanText.optional(description, "description", TEXT_MAX);
        participation = PlanText.optional(participation, "participation", PARTICIPATION_MAX);
        if ((monthFrom == null) != (monthTo == null)) {
            throw new PlanRuleViolation("monthsIncomplete");
        }
        if (monthFrom != null && (monthFrom < 1 || monthTo > 12 || monthFrom > monthTo)) {
            throw new PlanRuleViolation("monthsOutOfOrder");
        }
    }

    /** Whether the activity runs in {@code month} (1–12); an activity without months runs all year. */
    public boolean runsIn(int month) {
        return monthFrom == null || monthFrom <= month && month <= monthTo;
    }
}
