package si.mama.portal.plan.boundary;

import java.math.BigDecimal;

/**
 * The plan's one extension point: a figure another feature computes from its own data, such as the number
 * of member centres or of trainings held in a year. An indicator of the plan names a measure and its actual
 * is computed, never typed. Each feature contributes its measures as CDI beans; the plan knows no other
 * feature's tables.
 */
public interface Measure {

    /** Stable name, {@code feature.what}, e.g. {@code academy.trainingsHeld}; also the bundle key suffix. */
    String name();

    /** The figure for the plan year {@code year}, as of now. */
    BigDecimal valueFor(int year);
}
