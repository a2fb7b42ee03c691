package si.mama.portal.platform.privacy.web;

import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.PersonalDataExport;
import si.mama.portal.platform.time.PortalClock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An export as a document to read and hand over: who it is about and when it was made, a summary of every part with
 * its number of entries, then each part that has entries, every entry as a small table of its filled fields, in the
 * reader's language. The JSON download has the same content for machines.
 */
final class PersonDataReport {

    private final Function<String, String> labels;
    private final BiFunction<String, Object[], String> formatter;
    private final DateTimeFormatter dateTimes;
    private final DateTimeFormatter dates;

    PersonDataReport(Locale locale, Function<String, String> labels, BiFunction<String, Object[], String> formatter) {
        this.labels = labels;
        this.formatter = formatter;
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(PortalClock.ZONE);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    DocumentModel document(PersonalDataExport export) {
        DocumentModel document = new DocumentModel(formatter.apply("personalData.document.title", new Object[] {export.email()}));
        document.heading(1, document.title());
        document.labelled(labels.apply("personalData.document.exported"), cell(export.exportedAt()));
        document.labelled(labels.apply("personalData.document.exportedBy"), export.exportedBy());
        document.labelled(labels.apply("personalData.document.account"), labels.apply(export.accountLookup().bundleKey()));
        List<List<String>> summary = export.sections().stream()
                .map(section -> List.of(title(section), String.valueOf(section.rows().size()))).toList();
        document.table(labels.apply("personalData.summary"), List.of(labels.apply("personalData.part"),
                labels.apply("personalData.entries")), summary, 5f, 1f);
        for (DataSection section : export.sections()) {
            if (!section.isEmpty()) {
                document.heading(2, title(section));
                int number = 0;
                for (List<Object> row : section.rows()) {
                    document.table(formatter.apply("personalData.document.entry", new Object[] {++number}),
                            List.of(labels.apply("personalData.document.field"), labels.apply("personalData.document.value")),
                            fields(section, row), 1f, 3f);
                }
            }
        }
        return document;
    }

    private List<List<String>> fields(DataSection section, List<Object> row) {
        List<List<String>> fields = new ArrayList<>();
        for (int i = 0; i < section.columns().size(); i++) {
            String value = cell(row.get(i));
            if (value != null && !value.isBlank()) {
                fields.add(List.of(labels.apply("personalData.column." + section.columns().get(i)), value));
            }
        }
        return fields;
    }

    private String title(DataSection section) {
        return labels.apply("personalData.section." + section.key());
    }

    String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return dateTimes.format(instant);
        }
        if (value instanceof LocalDate date) {
            return dates.format(date);
        }
        if (value instanceof Boolean yes) {
            return labels.apply(yes ? "personalData.yes" : "personalData.no");
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof DataSection.Code code) {
            String label = labels.apply(code.bundleKey());
            return label.equals(code.bundleKey()) ? code.value() : label; // a value without a label shows as stored
        }
        return value.toString();
    }
}
