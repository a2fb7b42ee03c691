package si.mama.portal.news.entity;

/** The parts of an issue, in the order the mail and the archive show them; each feature's source fills one. */
public enum NewsSection {
    /** Trainings of the academy open for registration. */
    ACADEMY,
    /** Questionnaires centres answer now: centres answer them under /surveys, the office follows them at /office/surveys. */
    SURVEY {
        @Override
        public String pathFor(String linkPath, boolean officeReader) {
            return officeReader && linkPath.startsWith("/surveys") ? "/office/surveys" : linkPath;
        }
    },
    /** Activities of the published annual plan that start soon. */
    PLAN,
    /** Good practices published since the last issue. */
    PRACTICE;

    /**
     * Where an item's link takes this reader: the office's own page when centres' pages are closed to it, otherwise the
     * item's path as its source gave it.
     */
    public String pathFor(String linkPath, boolean officeReader) {
        return linkPath;
    }

    public String bundleKey() {
        return "news.section." + name();
    }
}
