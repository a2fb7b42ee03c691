package si.mama.portal.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** One row of a section's activity table: what, when, the expected result, and its quantitative targets. */
@Entity
@Table(name = "plan_activity")
public class PlanActivity extends PlanItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false, updatable = false)
    private PlanSection section;

    @Column(nullable = false, length = ActivityDetails.TITLE_MAX)
    private String title;

    @Column(name = "period_label", length = ActivityDetails.PERIOD_MAX)
    private String periodLabel;

    @Column(name = "month_from")
    private Integer monthFrom;

    @Column(name = "month_to")
    private Integer monthTo;

    private String description;

    @Column(length = ActivityDetails.PARTICIPATION_MAX)
    private String participation;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<PlanTarget> targets = new ArrayList<>();

    protected PlanActivity() {
        // for JPA
    }

    PlanActivity(Plan plan, PlanSection section, String key, int position, ActivityDetails details) {
        super(plan, key, position);
        this.section = Objects.requireNonNull(section, "section");
        update(details);
    }

    void update(ActivityDetails details) {
        this.title = details.title();
        this.periodLabel = details.periodLabel();
        this.monthFrom = details.monthFrom();
        this.monthTo = details.monthTo();
        this.description = details.description();
        this.participation = details.participation();
    }

    public ActivityDetails details() {
        return new ActivityDetails(title, periodLabel, monthFrom, monthTo, description, participation);
    }

    PlanActivity copyInto(Plan target, PlanSection sectionCopy) {
        PlanActivity copy = new PlanActivity(target, sectionCopy, getKey(), getPosition(), details());
        for (PlanTarget each : targets) {
            copy.targets.add(each.copyInto(target, copy));
        }
        return copy;
    }

    PlanTarget addTarget(TargetDetails details) {
        PlanTarget target = new PlanTarget(getPlan(), this, null, Positions.next(targets), details);
        targets.add(target);
        return target;
    }

    void removeTarget(PlanTarget target) {
        targets.remove(target);
    }

    public boolean runsIn(int month) {
        return details().runsIn(month);
    }

    /** For the year's timeline: whether the activity has known months and covers {@code month}. */
    public boolean isScheduledIn(int month) {
        return monthFrom != null && monthFrom <= month && month <= monthTo;
    }

    @Override
    public LinkedHashMap<String, String> content() {
        LinkedHashMap<String, String> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("periodLabel", PlanText.nonNull(periodLabel));
        content.put("months", monthFrom == null ? "" : monthFrom + "–" + monthTo);
        content.put("description", PlanText.nonNull(description));
        content.put("participation", PlanText.nonNull(participation));
        return content;
    }

    @Override
    public String label() {
        return shorten(title);
    }

    @Override
    public String itemType() {
        return "ACTIVITY";
    }

    @Override
    public String context() {
        return section.getTitle();
    }

    public PlanSection getSection() {
        return section;
    }

    /** The area the activity belongs to, directly or through its project. */
    public PlanSection getArea() {
        return section.isArea() ? section : section.getParent();
    }

    public String getTitle() {
        return title;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public Integer getMonthFrom() {
        return monthFrom;
    }

    public Integer getMonthTo() {
        return monthTo;
    }

    public String getDescription() {
        return description;
    }

    public String getParticipation() {
        return participation;
    }

    public List<PlanTarget> getTargets() {
        return PlanSection.sorted(targets);
    }
}
