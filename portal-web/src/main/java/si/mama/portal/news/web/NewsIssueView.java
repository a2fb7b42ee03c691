package si.mama.portal.news.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import si.mama.portal.news.boundary.NewsArchive;
import si.mama.portal.news.entity.NewsIssue;
import si.mama.portal.news.entity.NewsSection;
import si.mama.portal.platform.error.NotFoundException;

import java.io.Serializable;
import java.util.List;

/** One sent issue as it was sent ({@code /news/issue?id=}). */
@Named
@ViewScoped
public class NewsIssueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsArchive archive;

    private Long id;
    private NewsIssue issue;

    public void load() {
        if (id == null) {
            throw new NotFoundException("News issue", null);
        }
        issue = archive.issue(id);
    }

    public List<NewsSection> getSections() {
        return List.of(NewsSection.values());
    }

    public NewsIssue getIssue() {
        return issue;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
