package si.mama.portal.survey.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a question's choices as one text column, one {@code code|label} per line. */
@Converter
public class ChoicesConverter implements AttributeConverter<List<Choice>, String> {

    @Override
    public String convertToDatabaseColumn(List<Choice> choices) {
        return choices == null || choices.isEmpty() ? null
                : choices.stream().map(choice -> choice.code() + "|" + choice.label()).collect(Collectors.joining("\n"));
    }

    @Override
    public List<Choice> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n")).filter(line -> !line.isBlank()).map(line -> {
            int bar = line.indexOf('|');
            return new Choice(line.substring(0, bar), line.substring(bar + 1));
        }).toList();
    }
}
