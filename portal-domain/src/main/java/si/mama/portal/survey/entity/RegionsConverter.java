package si.mama.portal.survey.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import si.mama.portal.centre.entity.Region;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of statistical regions as one column, e.g. {@code POSAVSKA,SAVINJSKA}. */
@Converter
public class RegionsConverter implements AttributeConverter<Set<Region>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Region> regions) {
        return regions == null || regions.isEmpty() ? null
                : regions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Region> convertToEntityAttribute(String column) {
        EnumSet<Region> regions = EnumSet.noneOf(Region.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Region::valueOf).forEach(regions::add);
        }
        return regions;
    }
}
