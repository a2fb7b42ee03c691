package si.mama.portal.platform.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An export as JSON, in a structure that stays the same from one export to the next: the address, when and by whom,
 * how the account was looked up, and one array per section (every section, also an empty one), each item an object
 * with the section's columns. Dates and moments are ISO-8601, codes their stored value. A reader tells versions
 * apart by {@code format} and {@code version}.
 */
public final class PersonalDataJson {

    public static final String FORMAT = "si.mama.portal/personal-data";
    public static final int VERSION = 1;

    private PersonalDataJson() {
    }

    public static JsonObject of(PersonalDataExport export) {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        for (DataSection section : export.sections()) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (List<Object> row : section.rows()) {
                JsonObjectBuilder item = Json.createObjectBuilder();
                for (int i = 0; i < section.columns().size(); i++) {
                    add(item, section.columns().get(i), row.get(i));
                }
                rows.add(item);
            }
            sections.add(section.key(), rows);
        }
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("version", VERSION)
                .add("email", export.email())
                .add("exportedAt", export.exportedAt().toString())
                .add("exportedBy", export.exportedBy())
                .add("accountLookup", export.accountLookup().name())
                .add("sections", sections)
                .build();
    }

    /** The export as indented JSON text (UTF-8 when written out). */
    public static String text(PersonalDataExport export) {
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter out = new StringWriter();
        writers.createWriter(out).writeObject(of(export));
        return out.toString();
    }

    private static void add(JsonObjectBuilder item, String key, Object value) {
        if (value == null) {
            item.addNull(key);
        } else if (value instanceof Boolean yes) {
            item.add(key, yes);
        } else if (value instanceof BigDecimal decimal) {
            item.add(key, decimal);
        } else if (value instanceof Long number) {
            item.add(key, number);
        } else if (value instanceof Integer number) {
            item.add(key, number);
        } else if (value instanceof DataSection.Code code) {
            item.add(key, code.value());
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof String) {
            item.add(key, value.toString());
        } else {
            throw new IllegalArgumentException("A cell of type " + value.getClass().getName() + " in " + key);
        }
    }
}
