package si.mama.portal.academy.mail;

import si.mama.portal.academy.boundary.RegistrationChanged.What;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.MailTemplates;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The academy's mails about a registration, written from the templates {@code mails_sl} and {@code mails_en} of
 * this package (Slovenian first). A confirmation and a promotion carry the calendar invitation, a cancellation of a
 * seat its cancelling counterpart.
 */
public final class AcademyMails {

    public static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final MailTemplates TEMPLATES = new MailTemplates("si.mama.portal.academy.mail.mails", AcademyMails.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AcademyMails() {
    }

    /**
     * The mail for one change of a registration. {@code waitlistPosition} matters for {@link What#WAITLISTED}; {@code link} is the training's page;
     * {@code calendar} is the invitation (or its cancellation) to send along, or {@code null}.
     */
    public static ComposedMail compose(What what, Locale language, TrainingInvitation.Details details,
                                       Integer waitlistPosition, String link, String calendar) {
        ResourceBundle texts = bundle(language);
        String key = "registration." + what.name().toLowerCase(Locale.ROOT);
        String subject = format(texts, key + ".subject", language, details.title());
        String body = format(texts, key + ".text", language, details.participantName(), details.title(),
                sessions(details.sessions(), texts, language), location(texts, details.location()),
                waitlistPosition == null ? 0 : waitlistPosition, link)
                + "\n\n" + format(texts, "signature", language, details.organizerName(), details.organizerAddress());
        return new ComposedMail(details.participantAddress(), language, subject, body, calendar);
    }

    /** The sessions one per line, e.g. "torek, 1. december 2026, 09:00–15:00". */
    static String sessions(List<TrainingInvitation.Session> sessions, ResourceBundle texts, Locale language) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(texts.getString("date.pattern"), language);
        return sessions.stream()
                .map(s -> "  - " + date.format(s.date()) + ", " + TIME.format(s.startsAt()) + "–" + TIME.format(s.endsAt()))
                .collect(Collectors.joining("\n"));
    }

    private static String location(ResourceBundle texts, String location) {
        return location == null || location.isBlank() ? texts.getString("location.none") : location;
    }

    private static String format(ResourceBundle texts, String key, Locale language, Object... arguments) {
        return TEMPLATES.format(language, key, arguments);
    }

    static ResourceBundle bundle(Locale language) {
        return TEMPLATES.bundle(language);
    }
}
