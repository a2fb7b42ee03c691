package si.mama.portal.academy.control;

import si.mama.portal.academy.boundary.CertificateView;
import si.mama.portal.platform.export.DocumentModel;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** A certificate of attendance as a printable page, with the address where its code can be checked. */
public final class CertificateDocument {

    private final Function<String, String> text;
    private final DateTimeFormatter dates;

    public CertificateDocument(Function<String, String> text, Locale locale) {
        this.text = Objects.requireNonNull(text, "text");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public DocumentModel of(CertificateView certificate, String verificationUrl) {
        String title = text.apply("certificate.title");
        DocumentModel document = new DocumentModel(title).heading(0, title);
        document.paragraph(text.apply("certificate.confirms"));
        document.heading(1, certificate.personName());
        document.paragraph(certificate.centreName());
        document.paragraph(text.apply("certificate.attended"));
        document.heading(2, certificate.trainingTitle());
        if (certificate.firstDay() != null) {
            String when = certificate.firstDay().equals(certificate.lastDay()) ? dates.format(certificate.firstDay())
                    : dates.format(certificate.firstDay()) + " – " + dates.format(certificate.lastDay());
            document.labelled(text.apply("certificate.when"), when);
        }
        document.labelled(text.apply("certificate.hours"), certificate.getHoursText());
        document.labelled(text.apply("certificate.code"), certificate.code());
        document.labelled(text.apply("certificate.check"), verificationUrl);
        return document;
    }
}
