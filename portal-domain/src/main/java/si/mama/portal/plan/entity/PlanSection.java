package si.mama.portal.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/** An area of the plan (področje), or a project or programme inside an area, with its purpose, goals and activities. */
@Entity
@Table(name = "plan_section")
public class PlanSection extends PlanItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private PlanSection parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SectionKind kind;

    @Column(length = SectionDetails.CHAPTER_MAX)
    private String chapter;

    @Column(nullable = false, length = SectionDetails.TITLE_MAX)
    private String title;

    @Column(name = "strategy_goals")
    private String strategyGoals;

    private String purpose;

    @Column(length = SectionDetails.FUNDING_MAX)
    private String funding;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_role", length = 16)
    private NetworkRole networkRole;

    @OneToMany(mappedBy = "parent")
    @BatchFetch(BatchFetchType.IN)
    private List<PlanSection> children = new ArrayList<>();

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<PlanStatement> statements = new ArrayList<>();

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<PlanActivity> activities = new ArrayList<>();

    protected PlanSection() {
        // for JPA
    }

    PlanSection(Plan plan, PlanSection parent, String key, int position, SectionDetails details) {
        super(plan, key, position);
        if ((parent == null) != (details.kind() == SectionKind.AREA)) {
            throw new PlanRuleViolation("sectionNesting");
        }
        this.parent = parent;
        update(details);
    }

    void update(SectionDetails details) {
        if (kind != null && (kind == SectionKind.AREA) != (details.kind() == SectionKind.AREA)) {
            throw new PlanRuleViolation("sectionNesting");
        }
        this.kind = details.kind();
        this.chapter = details.chapter();
        this.title = details.title();
        this.strategyGoals = details.strategyGoals();
        this.purpose = details.purpose();
        this.funding = details.funding();
        this.networkRole = details.networkRole();
    }

    public SectionDetails details() {
        return new SectionDetails(kind, chapter, title, strategyGoals, purpose, funding, networkRole);
    }

    /** A copy of this section, its goals, indicators, activities and targets (children are copied by the plan). */
    PlanSection copyInto(Plan target, PlanSection parentCopy) {
        PlanSection copy = new PlanSection(target, parentCopy, getKey(), getPosition(), details());
        for (PlanStatement statement : statements) {
            copy.statements.add(statement.copyInto(target, copy));
        }
        for (PlanActivity activity : activities) {
            copy.activities.add(activity.copyInto(target, copy));
        }
        return copy;
    }

    PlanStatement addStatement(StatementKind kind, String text) {
        PlanStatement statement = new PlanStatement(getPlan(), this, null, Positions.next(getStatements(kind)), kind, text);
        statements.add(statement);
        return statement;
    }

    PlanActivity addActivity(ActivityDetails details) {
        PlanActivity activity = new PlanActivity(getPlan(), this, null, Positions.next(activities), details);
        activities.add(activity);
        return activity;
    }

    void removeStatement(PlanStatement statement) {
        statements.remove(statement);
    }

    void removeActivity(PlanActivity activity) {
        activities.remove(activity);
    }

    void addChild(PlanSection child) {
        children.add(child);
    }

    void removeChild(PlanSection child) {
        children.remove(child);
    }

    boolean moveStatement(PlanStatement statement, int direction) {
        return Positions.move(getStatements(statement.getKind()), statement, direction);
    }

    boolean moveActivity(PlanActivity activity, int direction) {
        return Positions.move(activities, activity, direction);
    }

    @Override
    public LinkedHashMap<String, String> content() {
        LinkedHashMap<String, String> content = new LinkedHashMap<>();
        content.put("kind", kind.name());
        content.put("chapter", PlanText.nonNull(chapter));
        content.put("title", title);
        content.put("strategyGoals", PlanText.nonNull(strategyGoals));
        content.put("purpose", PlanText.nonNull(purpose));
        content.put("funding", PlanText.nonNull(funding));
        content.put("networkRole", networkRole == null ? "" : networkRole.name());
        return content;
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public String itemType() {
        return kind.name();
    }

    @Override
    public String context() {
        return parent == null ? "" : parent.getTitle();
    }

    public boolean isArea() {
        return kind == SectionKind.AREA;
    }

    public PlanSection getParent() {
        return parent;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getChapter() {
        return chapter;
    }

    public String getTitle() {
        return title;
    }

    public String getStrategyGoals() {
        return strategyGoals;
    }

    /** The strategy goals one per line, for lists. */
    public List<String> getStrategyGoalLines() {
        return strategyGoals == null ? List.of() : strategyGoals.lines().filter(line -> !line.isBlank()).toList();
    }

    public String getPurpose() {
        return purpose;
    }

    public String getFunding() {
        return funding;
    }

    public NetworkRole getNetworkRole() {
        return networkRole;
    }

    public List<PlanSection> getChildren() {
        return sorted(children);
    }

    public List<PlanStatement> getGoals() {
        return getStatements(StatementKind.GOAL);
    }

    public List<PlanStatement> getIndicators() {
        return getStatements(StatementKind.INDICATOR);
    }

    private List<PlanStatement> getStatements(StatementKind kind) {
        return sorted(statements.stream().filter(statement -> statement.getKind() == kind).toList());
    }

    public List<PlanActivity> getActivities() {
        return sorted(activities);
    }

    static <T extends PlanItem> List<T> sorted(List<T> items) {
        return items.stream().sorted(Comparator.comparingInt(PlanItem::getPosition)).toList();
    }
}
