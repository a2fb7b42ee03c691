package si.mama.portal.browser;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import si.mama.portal.launcher.MailCatcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Mails in the stack's mail catcher, as a person would find them in their inbox. */
final class CaughtMail {

    private CaughtMail() {
    }

    /** The newest mail the catcher received with this subject and greeting; fails after a minute. */
    static MimeMessage await(MailCatcher catcher, String subject, String greeting) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<MimeMessage> matching = catcher.received().stream()
                    .filter(mail -> subject(mail).equals(subject) && text(mail).contains(greeting)).toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("No mail '" + subject + "' for " + greeting + " in the mail catcher");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text, decoded: its text part and its calendar part, if it has one. */
    static String text(MimeMessage mail) {
        try {
            return collect(mail.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collect(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                try (InputStream in = part.getInputStream()) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
