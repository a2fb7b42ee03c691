package si.mama.portal.news.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.news.boundary.NewsIssues;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.platform.web.PageModel;

import java.io.Serializable;

/** The office's list of issues ({@code /office/news}), the newest week first, and the way into this week's issue. */
@Named
@ViewScoped
public class NewsIssueList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsIssues issues;

    private PageModel<NewsIssue> rows;
    private NewsIssue thisWeek;
    private long recipients;

    @PostConstruct
    void init() {
        rows = new PageModel<>((sorting, first, max) -> issues.list(first, max), NewsIssue::getId);
    }

    public void load() {
        thisWeek = issues.ofThisWeek();
        recipients = issues.recipients();
    }

    /** Opens this week's issue: the draft gathered now, or the one started before. */
    public String openThisWeek() {
        return "/office/news-issue?faces-redirect=true&id=" + issues.openThisWeek().getId();
    }

    public PageModel<NewsIssue> getRows() {
        return rows;
    }

    /** This week's issue, or {@code null} before the office starts it. */
    public NewsIssue getThisWeek() {
        return thisWeek;
    }

    public long getRecipients() {
        return recipients;
    }
}
