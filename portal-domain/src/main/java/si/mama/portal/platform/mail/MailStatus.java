package si.mama.portal.platform.mail;

/** Where a mail of the outbox stands: waiting to be sent (again), delivered to the SMTP server, or given up. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
