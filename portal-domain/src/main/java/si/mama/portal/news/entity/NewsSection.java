package si.mama.portal.news.entity;

/** The parts of an issue, in the order the mail and the archive show them; each feature's source fills one. */
public enum NewsSection {
    /** Trainings of the academy open for registration. */
    ACADEMY,
    /** Questionnaires centres answer now. */
    SURVEY,
    /** Activities of the published annual plan that start soon. */
    PLAN,
    /** Good practices published since the last issue. */
    PRACTICE;

    public String bundleKey() {
        return "news.section." + name();
    }
}
