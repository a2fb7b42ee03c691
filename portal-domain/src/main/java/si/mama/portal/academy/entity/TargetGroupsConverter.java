package si.mama.portal.academy.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import si.mama.portal.people.entity.EmploymentType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a training's target groups as one column, e.g. {@code DIRECTOR,PROFESSIONAL}. */
@Converter
public class TargetGroupsConverter implements AttributeConverter<Set<EmploymentType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<EmploymentType> groups) {
        return groups == null ? "" : groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<EmploymentType> convertToEntityAttribute(String column) {
        EnumSet<EmploymentType> groups = EnumSet.noneOf(EmploymentType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(EmploymentType::valueOf).forEach(groups::add);
        }
        return groups;
    }
}
