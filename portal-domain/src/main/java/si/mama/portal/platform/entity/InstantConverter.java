package si.mama.portal.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} attributes in TIMESTAMP columns. Jakarta Persistence 3.1 (EclipseLink 4, as in
 * Payara 6) does not know {@code Instant} as a basic type and would Java-serialise it into the column;
 * the mapping only became standard in Persistence 3.2.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
