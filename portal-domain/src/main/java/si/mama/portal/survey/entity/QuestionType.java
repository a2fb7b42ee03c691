package si.mama.portal.survey.entity;

/** The kinds of questions, and what each needs from the builder. */
public enum QuestionType {
    SINGLE(true, false),
    MULTIPLE(true, false),
    LIKERT(false, true),
    LIKERT_MATRIX(true, true),
    SHORT_TEXT(false, false),
    LONG_TEXT(false, false),
    NUMBER(false, false),
    DATE(false, false),
    RANKING(true, false),
    /** Pick topics: a multiple choice whose choices come from the academy's topics. */
    TOPICS(true, false);

    private final boolean hasChoices;
    private final boolean hasScale;

    QuestionType(boolean hasChoices, boolean hasScale) {
        this.hasChoices = hasChoices;
        this.hasScale = hasScale;
    }

    /** Choices (or, for a matrix, its statements) are part of the question. */
    public boolean hasChoices() {
        return hasChoices;
    }

    /** A scale of 2..11 points with labels for its ends. */
    public boolean hasScale() {
        return hasScale;
    }

    /** An answer may hold several values (codes). */
    public boolean isMultiValued() {
        return this == MULTIPLE || this == TOPICS || this == RANKING;
    }

    /** A choice of "other" with its own text makes sense. */
    public boolean allowsOther() {
        return this == SINGLE || this == MULTIPLE;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public String bundleKey() {
        return "survey.type." + name();
    }
}
