package si.mama.portal.survey.entity;

/** Which centres a questionnaire is sent to. */
public enum Audience {
    /** Every member centre. */
    ALL_MEMBERS,
    /** The member centres of chosen statistical regions. */
    REGIONS,
    /** Chosen centres. */
    CENTRES;

    public String bundleKey() {
        return "survey.audience." + name();
    }
}
