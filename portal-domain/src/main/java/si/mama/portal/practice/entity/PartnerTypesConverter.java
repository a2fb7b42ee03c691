package si.mama.portal.practice.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a practice's partner types as one column between commas, e.g. {@code ,MUNICIPALITY,SCHOOL,}, so the
 * catalogue filters by one type with {@code like '%,SCHOOL,%'}.
 */
@Converter
public class PartnerTypesConverter implements AttributeConverter<Set<PartnerType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<PartnerType> types) {
        return types == null || types.isEmpty() ? ""
                : types.stream().sorted().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<PartnerType> convertToEntityAttribute(String column) {
        return parse(column);
    }

    /** The types in a column value; unknown names are skipped, so an old row never breaks a page. */
    public static Set<PartnerType> parse(String column) {
        EnumSet<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        if (column != null) {
            Arrays.stream(column.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                    .forEach(name -> Arrays.stream(PartnerType.values()).filter(t -> t.name().equals(name))
                            .findFirst().ifPresent(types::add));
        }
        return types;
    }

    /** The {@code like} pattern that finds one type in the column. */
    public static String pattern(PartnerType type) {
        return "%," + type.name() + ",%";
    }
}
