package si.mama.portal.platform.mail;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail as a feature composes it, before it is queued: the recipient, the language it is written in, subject and
 * plain text, and an optional iCalendar object that is sent along as a {@code text/calendar} part.
 */
public record ComposedMail(String recipient, Locale language, String subject, String text, String calendar) implements Serializable {

    public ComposedMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
