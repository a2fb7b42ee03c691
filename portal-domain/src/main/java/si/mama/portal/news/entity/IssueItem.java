package si.mama.portal.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One line of an issue as it was gathered from a source, and whether the office keeps it in the issue. */
@Entity
@Table(name = "news_item")
public class IssueItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "issue_id")
    private NewsIssue issue;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NewsSection section;

    @Column(nullable = false, length = NewsItem.TITLE_MAX)
    private String title;

    @Column(length = NewsItem.DETAIL_MAX)
    private String detail;

    @Column(name = "item_date")
    private LocalDate date;

    @Column(name = "link_path", nullable = false, length = 300)
    private String linkPath;

    @Column(nullable = false)
    private boolean included;

    protected IssueItem() {
        // for JPA
    }

    IssueItem(NewsIssue issue, int position, NewsItem item, boolean included) {
        this.issue = Objects.requireNonNull(issue, "issue");
        this.position = position;
        this.section = item.section();
        this.title = item.title();
        this.detail = item.detail();
        this.date = item.date();
        this.linkPath = item.linkPath();
        this.included = included;
    }

    void include(boolean included) {
        this.included = included;
    }

    /** The same thing as a freshly gathered item: a refresh keeps the office's choice for it. */
    boolean isSameAs(NewsItem item) {
        return section == item.section() && linkPath.equals(item.linkPath());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public NewsSection getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLinkPath() {
        return linkPath;
    }

    /** The link for a reader of the office or of a centre (see {@link NewsSection#pathFor}). */
    public String linkPathFor(boolean officeReader) {
        return section.pathFor(linkPath, officeReader);
    }

    public boolean isIncluded() {
        return included;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IssueItem item && id != null && id.equals(item.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "IssueItem[" + id + ", " + section + "]";
    }
}
