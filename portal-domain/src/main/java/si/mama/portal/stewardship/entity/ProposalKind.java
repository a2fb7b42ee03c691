package si.mama.portal.stewardship.entity;

/** What a proposal from a meeting is for: next year's plan, research, or other. */
public enum ProposalKind {
    NEXT_PLAN, RESEARCH, OTHER;

    public String bundleKey() {
        return "stewardship.proposal.kind." + name();
    }
}
