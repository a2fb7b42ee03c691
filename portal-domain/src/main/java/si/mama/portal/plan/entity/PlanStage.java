package si.mama.portal.plan.entity;

import java.util.List;

/**
 * Where a version of the plan stands on its way to publication. A new year's plan walks the whole
 * adoption path; an amendment takes the shorter path through the Institute Council.
 */
public enum PlanStage {
    /** Being written by the office. */
    DRAFT,
    /** Discussed by the Council of the network (Svet Mreže MaMa). */
    COUNCIL,
    /** Discussed by the Expert Council (Strokovni svet). */
    EXPERT_COUNCIL,
    /** Presented to the members at Klub MaMa. */
    MEMBERS_CLUB,
    /** Adopted by the Institute Council (Svet zavoda). */
    INSTITUTE_COUNCIL,
    /** Confirmed by the members' assembly (Zbor Kluba MaMa). */
    ASSEMBLY,
    /** Published: read-only, visible to members and the public. */
    PUBLISHED;

    public static final List<PlanStage> ADOPTION_PATH =
            List.of(DRAFT, COUNCIL, EXPERT_COUNCIL, MEMBERS_CLUB, INSTITUTE_COUNCIL, ASSEMBLY, PUBLISHED);
    public static final List<PlanStage> AMENDMENT_PATH = List.of(DRAFT, INSTITUTE_COUNCIL, PUBLISHED);

    /** The plan's content may change until the Institute Council adopts it. */
    public boolean allowsEditing() {
        return ordinal() < INSTITUTE_COUNCIL.ordinal();
    }
}
