package si.mama.portal.plan.entity;

/** A numbered goal (CILJ) or a qualitative indicator (KVALITATIVNI KAZALNIK) of a section. */
public enum StatementKind {
    GOAL, INDICATOR
}
