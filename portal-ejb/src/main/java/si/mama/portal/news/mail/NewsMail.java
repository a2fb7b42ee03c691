package si.mama.portal.news.mail;

import si.mama.portal.news.entity.IssueItem;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.platform.mail.ComposedMail;
import si.mama.portal.platform.mail.MailTemplates;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mail of an issue in one language, from the templates {@code mails_sl} and {@code mails_en} of this package:
 * the office's editorial as typed (plain text), then each section's items with their links, the archive and the
 * reader's own unsubscribe link. The same text is the office's preview.
 */
public final class NewsMail {

    public static final Locale SLOVENIAN = Locale.forLanguageTag("sl");

    private static final MailTemplates TEMPLATES = new MailTemplates("si.mama.portal.news.mail.mails", NewsMail.class);

    private NewsMail() {
    }

    /** The title a new issue starts with, in Slovenian (the office writes the news in Slovenian). */
    public static String defaultTitle(int week, int year) {
        return TEMPLATES.format(SLOVENIAN, "issue.defaultTitle", String.valueOf(week), String.valueOf(year));
    }

    /**
     * {@code portalUrl} has no trailing slash; {@code unsubscribeLink} is the reader's own; an {@code officeReader}'s
     * links go to the office's pages where a centre's would be closed to them.
     */
    public static ComposedMail compose(NewsIssue issue, String recipient, boolean officeReader, Locale language,
                                       String portalUrl, String unsubscribeLink, String signedBy) {
        String subject = TEMPLATES.format(language, "issue.subject", issue.getTitle(), String.valueOf(issue.getWeek()),
                String.valueOf(issue.getYear()));
        StringBuilder text = new StringBuilder(TEMPLATES.format(language, "issue.greeting")).append("\n\n");
        if (issue.getEditorial() != null) {
            text.append(issue.getEditorial()).append("\n\n");
        }
        ResourceBundle templates = TEMPLATES.bundle(language);
        boolean any = false;
        for (NewsSection section : NewsSection.values()) {
            List<IssueItem> items = issue.itemsIn(section, true);
            if (!items.isEmpty()) {
                any = true;
                text.append(templates.getString("section." + section.name())).append('\n');
                items.forEach(item -> text.append(line(item, officeReader, language, templates, portalUrl)));
                text.append('\n');
            }
        }
        if (!any) {
            text.append(TEMPLATES.format(language, "issue.empty")).append("\n\n");
        }
        text.append(TEMPLATES.format(language, "issue.footer", portalUrl + "/news", unsubscribeLink)).append("\n\n")
                .append(TEMPLATES.format(language, "signature", signedBy));
        return new ComposedMail(recipient, language, subject, text.toString(), null);
    }

    private static String line(IssueItem item, boolean officeReader, Locale language, ResourceBundle templates,
                               String portalUrl) {
        String pattern = templates.getString(item.getSection() == NewsSection.PLAN ? "month.pattern" : "date.pattern");
        String date = item.getDate() == null ? "" : DateTimeFormatter.ofPattern(pattern, language).format(item.getDate());
        String detail = item.getDetail() == null ? "" : " (" + item.getDetail() + ")";
        return TEMPLATES.format(language, "item." + item.getSection().name(), item.getTitle(), detail, date) + "\n  "
                + portalUrl + item.linkPathFor(officeReader) + "\n";
    }
}
