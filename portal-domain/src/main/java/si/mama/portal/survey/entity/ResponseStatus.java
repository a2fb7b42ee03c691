package si.mama.portal.survey.entity;

/** A response being filled in, or submitted. */
public enum ResponseStatus {
    IN_PROGRESS,
    SUBMITTED;

    public String bundleKey() {
        return "survey.response." + name();
    }
}
