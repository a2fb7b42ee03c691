package si.mama.portal.survey.boundary;

import si.mama.portal.survey.entity.AnswerValue;

import java.io.Serializable;
import java.time.Instant;

/** An answer as stored, with who changed it last and when. */
public record SavedAnswer(AnswerValue value, String changedByName, Instant changedAt) implements Serializable {
}
