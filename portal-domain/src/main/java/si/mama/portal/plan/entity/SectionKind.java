package si.mama.portal.plan.entity;

/** An area of work (področje), or a project or programme inside an area. */
public enum SectionKind {
    AREA, PROJECT, PROGRAMME
}
