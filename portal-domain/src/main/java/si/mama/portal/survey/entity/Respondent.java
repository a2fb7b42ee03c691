package si.mama.portal.survey.entity;

/** Who answers: one response shared by a centre's staff, or one response per person. */
public enum Respondent {
    CENTRE,
    PERSON;

    public String bundleKey() {
        return "survey.respondent." + name();
    }
}
