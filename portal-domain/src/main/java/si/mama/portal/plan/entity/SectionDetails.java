package si.mama.portal.plan.entity;

import java.util.Objects;

/** What the office writes about an area, project or programme. Normalised on construction. */
public record SectionDetails(SectionKind kind, String chapter, String title, String strategyGoals, String purpose,
                             String funding, NetworkRole networkRole) {

    public static final int TITLE_MAX = 300;
    public static final int CHAPTER_MAX = 200;
    public static final int FUNDING_MAX = 200;
    public static final int TEXT_MAX = 8000;

    public SectionDetails {
        Objects.requireNonNull(kind, "kind");
        title = PlanText.required(title, "title", TITLE_MAX);
        chapter = kind == SectionKind.AREA ? PlanText.optional(chapter, "chapter", CHAPTER_MAX) : null;
        strategyGoals = PlanText.optional(strategyGoals, "strategyGoals", TEXT_MAX);
        purpose = PlanText.optional(purpose, "purpose", TEXT_MAX);
        funding = kind == SectionKind.AREA ? null : PlanText.optional(funding, "funding", FUNDING_MAX);
        networkRole = kind == SectionKind.PROJECT ? networkRole : null;
    }
}
