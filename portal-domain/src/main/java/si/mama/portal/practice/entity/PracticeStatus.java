package si.mama.portal.practice.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a good practice is on its way into the catalogue. The centre writes a draft and submits it; the office
 * publishes it or asks for changes (the centre edits and submits again); the office may take a published practice
 * out of the catalogue again (withdrawn), publish it again or ask for changes. Only the centre's own pages ever show
 * a draft.
 */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED,
    WITHDRAWN;

    /** The only moves there are; every change of status in either entity goes through {@link #mayBecome}. */
    public Set<PracticeStatus> next() {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(PUBLISHED, CHANGES_REQUESTED);
            case PUBLISHED -> EnumSet.of(WITHDRAWN, CHANGES_REQUESTED);
            case WITHDRAWN -> EnumSet.of(PUBLISHED, CHANGES_REQUESTED);
        };
    }

    public boolean mayBecome(PracticeStatus next) {
        return next().contains(next);
    }

    /** The centre edits its text and files only before submitting, or when the office asked for changes. */
    public boolean isEditableByCentre() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Whether the office sees it at all: a draft is the centre's alone. */
    public boolean isSubmitted() {
        return this != DRAFT;
    }

    public String bundleKey() {
        return "practice.status." + name();
    }
}
