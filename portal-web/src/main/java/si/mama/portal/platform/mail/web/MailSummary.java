package si.mama.portal.platform.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.platform.mail.MailLog;
import si.mama.portal.platform.mail.MailStatus;

import java.util.Map;

/** The outgoing mail at a glance, for the office home: how many mails the portal gave up on. */
@Named
@RequestScoped
public class MailSummary {

    @Inject
    MailLog log;

    private Map<MailStatus, Long> counts;

    public long getFailed() {
        return counts().get(MailStatus.FAILED);
    }

    public long getPending() {
        return counts().get(MailStatus.PENDING);
    }

    private Map<MailStatus, Long> counts() {
        if (counts == null) {
            counts = log.countsByStatus(null);
        }
        return counts;
    }
}
