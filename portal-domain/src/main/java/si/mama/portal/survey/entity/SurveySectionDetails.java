package si.mama.portal.survey.entity;

/** What the builder says about one section: its title, an optional description and condition. */
public record SurveySectionDetails(String title, String description, Condition condition) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;

    public SurveySectionDetails {
        title = Texts.required(title, TITLE_MAX, "sectionTitle");
        description = Texts.optional(description, DESCRIPTION_MAX);
        condition = condition == null || !condition.isSet() ? null : condition;
    }
}
