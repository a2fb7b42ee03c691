package si.mama.portal.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one mail with Jakarta Mail (Payara's implementation) to the SMTP server of {@link MailSettings}. A mail
 * with a calendar gets it as a {@code text/calendar} part with the iCalendar method, which mail programs offer as an
 * invitation to accept, and as {@code invitation.ics} for the others.
 */
@ApplicationScoped
public class SmtpTransport {

    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    MailSettings settings;

    public void send(OutboxStore.Claimed mail) throws MessagingException {
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language());
        if (mail.calendar() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            parts.addBodyPart(calendarPart(mail.calendar()));
            message.setContent(parts);
        }
        message.saveChanges();
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private static MimeBodyPart calendarPart(String calendar) throws MessagingException {
        String type = "text/calendar; charset=UTF-8; method=" + method(calendar);
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        part.setFileName("invitation.ics");
        return part;
    }

    /** The calendar's METHOD (REQUEST, CANCEL), which the part's content type repeats. */
    static String method(String calendar) {
        return calendar.lines().filter(line -> line.startsWith("METHOD:")).findFirst()
                .map(line -> line.substring("METHOD:".length()).trim()).orElse("PUBLISH");
    }

    private InternetAddress from() throws MessagingException {
        try {
            return new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("Cannot encode the sender's name", e);
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        return properties;
    }
}
