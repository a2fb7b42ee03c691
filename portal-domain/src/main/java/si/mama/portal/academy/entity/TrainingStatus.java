package si.mama.portal.academy.entity;

/** A training's place in the catalogue: prepared, open to members, called off, or held. */
public enum TrainingStatus {
    DRAFT, PUBLISHED, CANCELLED, COMPLETED
}
