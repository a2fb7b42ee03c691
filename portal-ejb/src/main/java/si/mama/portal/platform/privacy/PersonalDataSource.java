package si.mama.portal.platform.privacy;

import si.mama.portal.platform.error.PortalException;

import java.util.List;

/**
 * The personal-data extension point, like the plan's measures and the news's sources: each feature that keeps
 * something about people contributes a CDI bean that exports it and erases it, so {@link PersonalData} knows no
 * feature's tables. Both run inside the office's call, past the tenant filter (plain SQL through
 * {@link PersonalDataSql}), so a person listed by several centres is found whole.
 */
public interface PersonalDataSource {

    /** Where this feature's sections come in the export: smaller first. */
    int order();

    /** Every section of this feature, always the same keys and columns (an empty one has no rows). */
    List<DataSection> export(DataSubject subject);

    /** Refuses an erasure this feature cannot allow yet (e.g. a seat on a training still to come). */
    default void checkErasable(DataSubject subject) throws PortalException {
        // nothing stands in the way by default
    }

    /**
     * Erases or anonymises what this feature keeps about the person, in the erasure's one transaction; what feeds
     * statistics stays as a placeholder row so counts and sums are unchanged.
     */
    void erase(DataSubject subject);
}
