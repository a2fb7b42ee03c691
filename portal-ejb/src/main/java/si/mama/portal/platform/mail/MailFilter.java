package si.mama.portal.platform.mail;

/** What the office narrows the outbox to: a status, and a text in the recipient or subject; either may be {@code null}. */
public record MailFilter(MailStatus status, String text) {

    public static MailFilter all() {
        return new MailFilter(null, null);
    }

    public String textPattern() {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    }
}
