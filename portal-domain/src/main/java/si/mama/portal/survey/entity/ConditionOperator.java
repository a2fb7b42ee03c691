package si.mama.portal.survey.entity;

/** How a condition tests an earlier answer. */
public enum ConditionOperator {
    /** The answer is (or, for several values, contains) the one value. */
    EQUALS,
    /** The answer is (or contains) any of the values. */
    ANY_OF,
    ANSWERED,
    NOT_ANSWERED;

    public boolean needsValues() {
        return this == EQUALS || this == ANY_OF;
    }

    public String bundleKey() {
        return "survey.operator." + name();
    }
}
