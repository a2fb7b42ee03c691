package si.mama.portal.plan.entity;

/** The network's role in a funded project. */
public enum NetworkRole {
    /** Prijavitelj: the network applied and leads. */
    APPLICANT,
    /** Partner in someone else's project. */
    PARTNER
}
