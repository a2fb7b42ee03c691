package si.mama.portal.practice.control;

import si.mama.portal.platform.export.DocumentModel;
import si.mama.portal.practice.entity.PracticeListing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The good-practice catalogue (Katalog dobrih praks) as a printable document: an overview table, then each practice
 * with its centre and region, topic, target group, partners, what was done, the results and whom to ask.
 * Photos stay on the portal's pages: the document says how many files each practice has there.
 */
public final class PracticeCatalogueDocument {

    private static final ZoneId LJUBLJANA = ZoneId.of("Europe/Ljubljana");

    private final Function<String, String> text;
    private final DateTimeFormatter dates;

    public PracticeCatalogueDocument(Function<String, String> text, Locale locale) {
        this.text = Objects.requireNonNull(text, "text");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(LJUBLJANA);
    }

    /** {@code subtitle} says which practices it holds (all published, the public ones, a search). */
    public DocumentModel of(String subtitle, List<PracticeListing> practices) {
        String title = text.apply("practice.catalogue.title");
        DocumentModel document = new DocumentModel(title).heading(0, title);
        document.paragraph(subtitle);
        if (practices.isEmpty()) {
            return document.paragraph(text.apply("practice.catalogue.none"));
        }
        document.table(null, List.of(text.apply("practice.title"), text.apply("practice.centre"),
                        text.apply("practice.topic"), text.apply("practice.partnerTypes")),
                practices.stream().map(this::overviewRow).toList(), 5, 3, 3, 3);
        for (PracticeListing practice : practices) {
            document.heading(2, practice.getTitle());
            document.labelled(text.apply("practice.centre") + ":", practice.getCentre().getName() + " ("
                    + text.apply(practice.getCentre().getRegion().bundleKey()) + ")");
            document.labelled(text.apply("practice.topic") + ":", practice.getTopic());
            document.labelled(text.apply("practice.targetGroup") + ":", practice.getTargetGroup());
            document.labelled(text.apply("practice.partners") + ":", partners(practice));
            document.labelled(text.apply("practice.summary") + ":", practice.getSummary());
            document.labelled(text.apply("practice.results") + ":", practice.getResults());
            document.labelled(text.apply("practice.contact") + ":", contact(practice));
            if (!practice.getAttachments().isEmpty()) {
                document.labelled(text.apply("practice.files") + ":", practice.getAttachments().size() + " "
                        + text.apply("practice.catalogue.filesOnPortal"));
            }
            if (practice.getPublishedAt() != null) {
                document.labelled(text.apply("practice.publishedOn") + ":", dates.format(practice.getPublishedAt()));
            }
        }
        return document;
    }

    private List<String> overviewRow(PracticeListing practice) {
        return List.of(practice.getTitle(), practice.getCentre().getName(),
                practice.getTopic() == null ? "" : practice.getTopic(), types(practice));
    }

    private String types(PracticeListing practice) {
        return practice.getPartnerTypeList().stream().map(type -> text.apply(type.bundleKey()))
                .collect(Collectors.joining(", "));
    }

    private String partners(PracticeListing practice) {
        String types = types(practice);
        if (practice.getPartners() == null) {
            return types;
        }
        return types.isEmpty() ? practice.getPartners() : practice.getPartners() + " (" + types + ")";
    }

    private static String contact(PracticeListing practice) {
        if (practice.getContactName() == null) {
            return practice.getContactEmail();
        }
        return practice.getContactEmail() == null ? practice.getContactName()
                : practice.getContactName() + ", " + practice.getContactEmail();
    }
}
