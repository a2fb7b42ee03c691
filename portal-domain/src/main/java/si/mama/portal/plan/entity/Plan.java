package si.mama.portal.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import si.mama.portal.platform.entity.Timestamped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One version of a year's annual work plan (LDN) and the root of everything in it. It owns the approval
 * lifecycle: steps are taken in order, content changes only until the Institute Council adopts it, and a
 * published plan changes only through an amendment, which is a new version that keeps every item's key.
 */
@Entity
@Table(name = "plan")
@NamedQuery(name = "Plan.all", query = "select p from Plan p order by p.year desc, p.versionNo desc")
@NamedQuery(name = "Plan.ofYear", query = "select p from Plan p where p.year = :year order by p.versionNo desc")
@NamedQuery(name = "Plan.published", query = "select p from Plan p where p.stage = :published"
        + " order by p.year desc, p.versionNo desc")
@NamedQuery(name = "Plan.publishedOfYear", query = "select p from Plan p where p.stage = :published"
        + " and p.year = :year order by p.versionNo desc")
public class Plan extends Timestamped {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    private String introduction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PlanStage stage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amendment_of", updatable = false)
    private Plan amendmentOf;

    @Column(name = "amendment_reason", updatable = false)
    private String amendmentReason;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanStep> steps = new ArrayList<>();

    protected Plan() {
        // for JPA
    }

    /** A new, empty draft for {@code year}. */
    public Plan(int year, String title, String introduction) {
        if (year < 2000 || year > 2100) {
            throw new PlanRuleViolation("yearOutOfRange", year);
        }
        this.year = year;
        this.versionNo = 1;
        this.stage = PlanStage.DRAFT;
        describe(title, introduction);
    }

    /** A draft for {@code year} that starts as a copy of this plan, item keys included. */
    public Plan copyFor(int newYear) {
        String newTitle = title.replace(Integer.toString(year), Integer.toString(newYear));
        Plan copy = new Plan(newYear, newTitle, introduction);
        copyContentInto(copy);
        return copy;
    }

    /**
     * The next version of this published plan, to be changed and adopted again by the Institute Council.
     * The network keeps the right to amend its plan; every version stays readable.
     */
    public Plan amend(String reason, int newVersionNo) {
        if (stage != PlanStage.PUBLISHED) {
            throw new PlanRuleViolation("amendOnlyPublished");
        }
        if (newVersionNo <= versionNo) {
            throw new PlanRuleViolation("amendOnlyLatest");
        }
        Plan amendment = new Plan(year, title, introduction);
        amendment.versionNo = newVersionNo;
        amendment.amendmentOf = this;
        amendment.amendmentReason = PlanText.optional(reason, "reason", TEXT_MAX);
        if (amendment.amendmentReason == null) {
            throw new PlanRuleViolation("amendmentReasonRequired");
        }
        copyContentInto(amendment);
        return amendment;
    }

    private void copyContentInto(Plan target) {
        for (PlanSection area : getAreas()) {
            PlanSection areaCopy = area.copyInto(target, null);
            target.sections.add(areaCopy);
            for (PlanSection child : area.getChildren()) {
                PlanSection childCopy = child.copyInto(target, areaCopy);
                target.sections.add(childCopy);
                areaCopy.addChild(childCopy);
            }
        }
    }

    // ---- lifecycle ----------------------------------------------------------------------------------

    /** The steps this version walks: the full adoption path, or the shorter one of an amendment. */
    public List<PlanStage> path() {
        return isAmendment() ? PlanStage.AMENDMENT_PATH : PlanStage.ADOPTION_PATH;
    }

    /** The one step that may be recorded next, or {@code null} once published. */
    public PlanStage getNextStage() {
        List<PlanStage> path = path();
        int index = path.indexOf(stage);
        return index + 1 < path.size() ? path.get(index + 1) : null;
    }

    /**
     * Records the decision of the body at {@code step}. Steps cannot be skipped or repeated, dates cannot
     * go backwards or into the future, and a body that returns the plan sends it back to draft.
     */
    public PlanStep record(PlanStage step, LocalDate decidedOn, Decision decision, String note, String recordedBy,
                           LocalDate today) {
        Objects.requireNonNull(step, "step");
        if (stage == PlanStage.PUBLISHED) {
            throw new PlanRuleViolation("alreadyPublished");
        }
        if (step != getNextStage()) {
            throw new PlanRuleViolation("stepOutOfOrder", step, getNextStage());
        }
        if (decidedOn == null) {
            throw new PlanRuleViolation("stepDateRequired");
        }
        if (decidedOn.isAfter(today)) {
            throw new PlanRuleViolation("stepDateInFuture");
        }
        LocalDate previous = getLastStepDate();
        if (previous != null && decidedOn.isBefore(previous)) {
            throw new PlanRuleViolation("stepDateBeforePrevious", previous);
        }
        if (decision == null || (step == PlanStage.PUBLISHED) != (decision == Decision.PUBLISHED)) {
            throw new PlanRuleViolation("decisionNotAllowed");
        }
        PlanStep taken = new PlanStep(this, step, decidedOn, decision, note, recordedBy);
        steps.add(taken);
        stage = decision == Decision.RETURNED ? PlanStage.DRAFT : step;
        if (stage == PlanStage.PUBLISHED) {
            publishedOn = decidedOn;
        }
        return taken;
    }

    /** The date the next step may not precede: the last step's, or for an amendment the original's publication. */
    private LocalDate getLastStepDate() {
        if (steps.isEmpty()) {
            return amendmentOf == null ? null : amendmentOf.getPublishedOn();
        }
        return steps.get(steps.size() - 1).getDecidedOn();
    }

    public boolean isEditable() {
        return stage.allowsEditing();
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new PlanRuleViolation(stage == PlanStage.PUBLISHED ? "publishedReadOnly" : "adoptedReadOnly");
        }
    }

    private void requireOwn(PlanItem item) {
        if (item.getPlan() != this) {
            throw new IllegalArgumentException(item + " belongs to another plan");
        }
    }

    // ---- content --------------------------------------------------------------------------------------

    public void describe(String title, String introduction) {
        if (this.title != null) {
            requireEditable();
        }
        this.title = PlanText.required(title, "title", TITLE_MAX);
        this.introduction = PlanText.optional(introduction, "introduction", TEXT_MAX);
    }

    public PlanSection addArea(SectionDetails details) {
        requireEditable();
        PlanSection area = new PlanSection(this, null, null, Positions.next(getAreas()), details);
        sections.add(area);
        return area;
    }

    public PlanSection addSection(PlanSection area, SectionDetails details) {
        requireEditable();
        requireOwn(area);
        if (!area.isArea()) {
            throw new PlanRuleViolation("sectionNesting");
        }
        PlanSection child = new PlanSection(this, area, null, Positions.next(area.getChildren()), details);
        sections.add(child);
        area.addChild(child);
        return child;
    }

    public void updateSection(PlanSection section, SectionDetails details) {
        requireEditable();
        requireOwn(section);
        section.update(details);
    }

    /** Removes a section with everything in it, projects of an area included. */
    public void removeSection(PlanSection section) {
        requireEditable();
        requireOwn(section);
        for (PlanSection child : section.getChildren()) {
            section.removeChild(child);
            sections.remove(child);
        }
        if (section.getParent() != null) {
            section.getParent().removeChild(section);
        }
        sections.remove(section);
    }

    public boolean moveSection(PlanSection section, int direction) {
        requireEditable();
        requireOwn(section);
        List<PlanSection> siblings = section.getParent() == null ? getAreas() : section.getParent().getChildren();
        return Positions.move(siblings, section, direction);
    }

    public PlanStatement addStatement(PlanSection section, StatementKind kind, String text) {
        requireEditable();
        requireOwn(section);
        return section.addStatement(kind, text);
    }

    public void updateStatement(PlanStatement statement, String text) {
        requireEditable();
        requireOwn(statement);
        statement.update(text);
    }

    public void removeStatement(PlanStatement statement) {
        requireEditable();
        requireOwn(statement);
        statement.getSection().removeStatement(statement);
    }

    public boolean moveStatement(PlanStatement statement, int direction) {
        requireEditable();
        requireOwn(statement);
        return statement.getSection().moveStatement(statement, direction);
    }

    public PlanActivity addActivity(PlanSection section, ActivityDetails details) {
        requireEditable();
        requireOwn(section);
        return section.addActivity(details);
    }

    public void updateActivity(PlanActivity activity, ActivityDetails details) {
        requireEditable();
        requireOwn(activity);
        activity.update(details);
    }

    public void removeActivity(PlanActivity activity) {
        requireEditable();
        requireOwn(activity);
        activity.getSection().removeActivity(activity);
    }

    public boolean moveActivity(PlanActivity activity, int direction) {
        requireEditable();
        requireOwn(activity);
        return activity.getSection().moveActivity(activity, direction);
    }

    public PlanTarget addTarget(PlanActivity activity, TargetDetails details) {
        requireEditable();
        requireOwn(activity);
        return activity.addTarget(details);
    }

    public void updateTarget(PlanTarget target, TargetDetails details) {
        requireEditable();
        requireOwn(target);
        target.update(details);
    }

    public void removeTarget(PlanTarget target) {
        requireEditable();
        requireOwn(target);
        target.getActivity().removeTarget(target);
    }

    /** Every item of the plan, sections first, each followed by its goals, indicators, activities and targets. */
    public Stream<PlanItem> items() {
        return getAreas().stream().flatMap(area -> Stream.concat(Stream.of(area), area.getChildren().stream()))
                .flatMap(section -> Stream.concat(Stream.of(section), Stream.concat(
                        Stream.concat(section.getGoals().stream(), section.getIndicators().stream()),
                        section.getActivities().stream().flatMap(activity ->
                                Stream.concat(Stream.of(activity), activity.getTargets().stream())))));
    }

    public List<PlanActivity> getActivities() {
        return items().filter(PlanActivity.class::isInstance).map(PlanActivity.class::cast).toList();
    }

    public List<PlanTarget> getTargets() {
        return items().filter(PlanTarget.class::isInstance).map(PlanTarget.class::cast).toList();
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public PlanStage getStage() {
        return stage;
    }

    public boolean isPublished() {
        return stage == PlanStage.PUBLISHED;
    }

    public boolean isAmendment() {
        return amendmentOf != null;
    }

    public Plan getAmendmentOf() {
        return amendmentOf;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public long getVersion() {
        return version;
    }

    public List<PlanSection> getAreas() {
        return PlanSection.sorted(sections.stream().filter(section -> section.getParent() == null).toList());
    }

    public List<PlanStep> getSteps() {
        return List.copyOf(steps);
    }

    /** The adoption record of this version and of every version it amends, oldest first. */
    public List<PlanStep> getHistory() {
        List<PlanStep> history = new ArrayList<>(amendmentOf == null ? List.of() : amendmentOf.getHistory());
        history.addAll(steps);
        return history;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Plan plan && id != null && id.equals(plan.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Plan[" + id + ", " + year + " v" + versionNo + ", " + stage + "]";
    }
}
