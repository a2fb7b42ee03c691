package si.mama.portal.academy.entity;

/** How a training takes place. */
public enum TrainingFormat {
    ON_SITE, ONLINE, INTERNATIONAL
}
