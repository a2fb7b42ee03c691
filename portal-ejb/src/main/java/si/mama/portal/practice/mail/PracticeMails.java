package si.mama.portal.practice.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import si.mama.portal.centre.entity.Centre;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.MailSettings;
import si.mama.portal.platform.mail.MailTemplates;
import si.mama.portal.platform.mail.Outbox;
import si.mama.portal.practice.entity.PracticeReview;

import java.util.Locale;

/**
 * Tells a centre, at its address, what the office decided about its practice: published (and whether on the public
 * page too) or sent back with the office's note. Queued in the decision's transaction through the outbox, once per
 * decision (the key carries the row's version). Centre mails are in Slovenian, the network's language; the English
 * templates are there for the day a centre chooses English. A centre without an address is not told.
 */
@Stateless
public class PracticeMails {

    static final Locale SLOVENIAN = Locale.forLanguageTag("sl");
    private static final MailTemplates TEMPLATES = new MailTemplates("si.mama.portal.practice.mail.mails", PracticeMails.class);

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    public boolean published(PracticeReview review) {
        String where = TEMPLATES.format(SLOVENIAN, review.isPublicVisible() ? "published.public" : "published.members");
        return queue(review, "published", "/practices/view?id=", where, null);
    }

    public boolean changesRequested(PracticeReview review) {
        return queue(review, "changes", "/practices/edit?id=", null, review.getReviewNote());
    }

    private boolean queue(PracticeReview review, String template, String page, String where, String note) {
        Centre centre = review.getCentre();
        if (centre.getEmail() == null || centre.getEmail().isBlank()) {
            return false;
        }
        String link = settings.portalUrl() + page + review.getId();
        String subject = TEMPLATES.format(SLOVENIAN, template + ".subject", review.getTitle());
        String text = TEMPLATES.format(SLOVENIAN, template + ".text", centre.getName(), review.getTitle(),
                where == null ? "" : where, note == null ? "" : note, link)
                + "\n\n" + TEMPLATES.format(SLOVENIAN, "signature", settings.fromName());
        return outbox.queue("practice." + review.getId() + "." + template + ".v" + review.getVersion(),
                new ComposedMail(centre.getEmail(), SLOVENIAN, subject, text, null));
    }
}
