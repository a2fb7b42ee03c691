package si.mama.portal.news.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import si.mama.portal.platform.entity.Timestamped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One issue of the weekly news, one per ISO week: the office's title and editorial and the items gathered from the
 * features, each kept or left out by the office. Written as a draft; sending freezes it, with who sent it, when and
 * to how many people. A sent issue is the archive's: it is never edited or sent again.
 */
@Entity
@Table(name = "news_issue")
@NamedQuery(name = "NewsIssue.ofWeek", query = "select i from NewsIssue i where i.year = :year and i.week = :week")
@NamedQuery(name = "NewsIssue.lastSent", query = "select i from NewsIssue i where i.status = :sent"
        + " order by i.sentAt desc, i.id desc")
public class NewsIssue extends Timestamped {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "iso_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "iso_week", nullable = false, updatable = false)
    private int week;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = Editorial.MAX)
    private String editorial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NewsStatus status;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by", length = 100)
    private String sentBy;

    @Column(name = "recipient_count")
    private Integer recipientCount;

    @Version
    private long version;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<IssueItem> items = new ArrayList<>();

    protected NewsIssue() {
        // for JPA
    }

    public NewsIssue(IsoWeek week, String title) {
        Objects.requireNonNull(week, "week");
        this.year = week.year();
        this.week = week.week();
        this.status = NewsStatus.DRAFT;
        this.periodFrom = week.monday();
        this.periodTo = week.monday();
        write(title, null);
    }

    /** The office's title and editorial. */
    public void write(String title, String editorial) {
        requireDraft();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new NewsRuleViolation("titleRequired");
        }
        if (cleanTitle.length() > TITLE_MAX) {
            throw new NewsRuleViolation("titleTooLong", TITLE_MAX);
        }
        String cleanEditorial = Editorial.normalized(editorial);
        if (cleanEditorial != null && cleanEditorial.length() > Editorial.MAX) {
            throw new NewsRuleViolation("editorialTooLong", Editorial.MAX);
        }
        this.title = cleanTitle;
        this.editorial = cleanEditorial;
    }

    /**
     * Puts in the items the sources offer for the days {@code from}..{@code to}, in section order, replacing what was
     * gathered before; an item the office left out before stays left out.
     */
    public void gather(LocalDate from, LocalDate to, List<NewsItem> offered) {
        requireDraft();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period " + from + ".." + to);
        }
        List<IssueItem> excluded = items.stream().filter(item -> !item.isIncluded()).toList();
        List<NewsItem> ordered = offered.stream()
                .sorted(java.util.Comparator.comparing(NewsItem::section)).toList();
        items.clear();
        for (NewsItem item : ordered) {
            boolean keep = excluded.stream().noneMatch(old -> old.isSameAs(item));
            items.add(new IssueItem(this, items.size(), item, keep));
        }
        this.periodFrom = from;
        this.periodTo = to;
    }

    /** Keeps an item in the issue or leaves it out. */
    public void include(long itemId, boolean included) {
        requireDraft();
        items.stream().filter(item -> item.getId() != null && item.getId() == itemId).findFirst()
                .orElseThrow(() -> new NewsRuleViolation("noSuchItem", itemId))
                .include(included);
    }

    /** Freezes the issue as sent to {@code recipients} people; refused for an issue sent before. */
    public void send(String by, Instant at, int recipients) {
        if (status == NewsStatus.SENT) {
            throw new NewsRuleViolation("alreadySent", sentAt);
        }
        if (recipients < 0) {
            throw new IllegalArgumentException("recipients " + recipients);
        }
        this.status = NewsStatus.SENT;
        this.sentBy = Objects.requireNonNull(by, "by");
        this.sentAt = Objects.requireNonNull(at, "at");
        this.recipientCount = recipients;
    }

    private void requireDraft() {
        if (status == NewsStatus.SENT) {
            throw new NewsRuleViolation("alreadySent", sentAt);
        }
    }

    public IsoWeek isoWeek() {
        return new IsoWeek(year, week);
    }

    public boolean isDraft() {
        return status == NewsStatus.DRAFT;
    }

    /** The items of one section: all of them (for the office's ticks) or only those kept in the issue. */
    public List<IssueItem> itemsIn(NewsSection section, boolean includedOnly) {
        return items.stream().filter(item -> item.getSection() == section && (!includedOnly || item.isIncluded()))
                .toList();
    }

    /** The items kept in the issue: what its mail lists and the archive shows. */
    public List<IssueItem> getIncludedItems() {
        return items.stream().filter(IssueItem::isIncluded).toList();
    }

    public List<IssueItem> getItems() {
        return List.copyOf(items);
    }

    /** The editorial as safe HTML paragraphs (everything the office typed escaped). */
    public String getEditorialHtml() {
        return Editorial.html(editorial);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getWeek() {
        return week;
    }

    public String getTitle() {
        return title;
    }

    public String getEditorial() {
        return editorial;
    }

    public NewsStatus getStatus() {
        return status;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Integer getRecipientCount() {
        return recipientCount;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NewsIssue issue && id != null && id.equals(issue.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "NewsIssue[" + id + ", " + year + "/" + week + ", " + status + "]";
    }
}
