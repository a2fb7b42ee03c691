package si.mama.portal.platform.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.mail.MailFilter;
import si.mama.portal.platform.mail.MailLog;
import si.mama.portal.platform.mail.MailStatus;
import si.mama.portal.platform.mail.OutboxMail;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;
import si.mama.portal.platform.web.PageModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;

/**
 * The office's outgoing mail ({@code /office/mail?status=FAILED&q=...}): every mail of the outbox, narrowed by
 * status and text, and sending failed mails again.
 */
@Named
@ViewScoped
public class MailLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter value (and view parameter) for every status. */
    public static final String ALL = "ALL";

    @Inject
    MailLog log;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private MailStatus status;
    private String text;
    private Map<MailStatus, Long> counts;
    private long allFailed;
    private PageModel<OutboxMail> mails;

    @PostConstruct
    void init() {
        mails = new PageModel<>((sorting, first, max) ->
                log.search(new MailFilter(status, text), sorting, first, max), OutboxMail::getId);
    }

    /** Loads on the page's view action, so a refusal shows the 403 page rather than a broken one. */
    public void load() {
        refreshCounts();
    }

    /** The counts on the status buttons follow the search text; sending all failed mails again takes every one. */
    public void refreshCounts() {
        counts = log.countsByStatus(text);
        allFailed = text == null || text.isBlank() ? counts.get(MailStatus.FAILED)
                : log.countsByStatus(null).get(MailStatus.FAILED);
    }

    public void resend(long id) {
        try {
            log.resend(id);
            texts.info("mail.resent");
        } catch (PortalException refusal) {
            texts.error(refusal, "mailForm");
        } finally {
            refreshCounts();
        }
    }

    public void resendAllFailed() {
        texts.info("mail.resentAll", log.resendAllFailed());
        refreshCounts();
    }

    public boolean isCanResend() {
        return currentUser.has(Role.OFFICE_ADMIN);
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many mails failed, whatever the search text. */
    public long getAllFailed() {
        return allFailed;
    }

    public PageModel<OutboxMail> getMails() {
        return mails;
    }

    /** A time of a mail as the network's clocks show it (Faces formats a zoned time only as ISO text). */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PortalClock.ZONE);
    }

    /** The status shown, or {@value #ALL}. */
    public String getStatus() {
        return status == null ? ALL : status.name();
    }

    /** Anything but a status's name (a hand-edited address, say) shows every status. */
    public void setStatus(String value) {
        status = Arrays.stream(MailStatus.values()).filter(candidate -> candidate.name().equals(value))
                .findFirst().orElse(null);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
