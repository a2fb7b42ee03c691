package si.mama.portal.news.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.news.boundary.NewsIssues;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.mail.ComposedMail;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One issue for the office ({@code /office/news-issue?id=}): the office admin writes the title and editorial, keeps
 * or leaves out each gathered item, gathers them again, previews the mail in either language and sends it after a
 * confirmation naming the number of recipients. A sent issue is shown read-only.
 */
@Named
@ViewScoped
public class NewsIssueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsIssues issues;

    @Inject
    Texts texts;

    private Long id;
    private NewsIssue issue;
    private String title;
    private String editorial;
    private long recipients;
    private String previewLanguage = "sl";
    private ComposedMail preview;

    public void load() {
        if (id == null) {
            throw new NotFoundException("News issue", null);
        }
        show(issues.find(id));
        title = issue.getTitle();
        editorial = issue.getEditorial();
    }

    public void save() {
        change(() -> issues.write(id, issue.getVersion(), title, editorial), "news.saved");
    }

    public void refresh() {
        change(() -> issues.refresh(id, issue.getVersion()), "news.refreshed");
    }

    public void include(long itemId, boolean included) {
        change(() -> issues.include(id, itemId, included), null);
    }

    /** Saves what is typed, then sends: the mail always says what the page shows. */
    public void send() {
        try {
            NewsIssue saved = issues.write(id, issue.getVersion(), title, editorial);
            int sent = issues.send(id, saved.getVersion());
            texts.info("news.sent", sent);
        } catch (PortalException refusal) {
            texts.error(refusal, "issueForm");
        }
        load();
    }

    /** Saves what is typed and shows the mail a subscriber in the chosen language would get. */
    public void showPreview() {
        change(() -> issues.write(id, issue.getVersion(), title, editorial), null);
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            preview = issues.preview(id, Locale.forLanguageTag(previewLanguage));
        }
    }

    @FunctionalInterface
    interface Change {
        NewsIssue make() throws PortalException;
    }

    private void change(Change change, String successKey) {
        try {
            NewsIssue changed = change.make();
            if (successKey != null) {
                texts.info(successKey);
            }
            show(changed);
        } catch (PortalException refusal) {
            texts.error(refusal, "issueForm");
            issue = issues.find(id);
        }
    }

    private void show(NewsIssue shown) {
        issue = shown;
        recipients = issues.recipients();
        preview = null;
    }

    public List<NewsSection> getSections() {
        return List.of(NewsSection.values());
    }

    public NewsIssue getIssue() {
        return issue;
    }

    public long getRecipients() {
        return recipients;
    }

    public ComposedMail getPreview() {
        return preview;
    }

    public String getPreviewSubject() {
        return preview == null ? null : preview.subject();
    }

    public String getPreviewText() {
        return preview == null ? null : preview.text();
    }

    public String getPreviewLanguage() {
        return previewLanguage;
    }

    public void setPreviewLanguage(String previewLanguage) {
        this.previewLanguage = "en".equals(previewLanguage) ? "en" : "sl";
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEditorial() {
        return editorial;
    }

    public void setEditorial(String editorial) {
        this.editorial = editorial;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
