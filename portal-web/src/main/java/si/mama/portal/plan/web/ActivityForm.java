package si.mama.portal.plan.web;

import si.mama.portal.plan.entity.ActivityDetails;
import si.mama.portal.plan.entity.PlanActivity;

import java.io.Serializable;

/** The dialog for one activity: what, when (label and months), expected result, how centres join. */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private long sectionId;
    private String title;
    private String periodLabel;
    private Integer monthFrom;
    private Integer monthTo;
    private String description;
    private String participation;

    static ActivityForm newIn(long sectionId) {
        ActivityForm form = new ActivityForm();
        form.sectionId = sectionId;
        return form;
    }

    static ActivityForm of(PlanActivity activity) {
        ActivityForm form = new ActivityForm();
        form.id = activity.getId();
        form.version = activity.getVersion();
        form.sectionId = activity.getSection().getId();
        form.title = activity.getTitle();
        form.periodLabel = activity.getPeriodLabel();
        form.monthFrom = activity.getMonthFrom();
        form.monthTo = activity.getMonthTo();
        form.description = activity.getDescription();
        form.participation = activity.getParticipation();
        return form;
    }

    ActivityDetails toDetails() {
        return new ActivityDetails(title, periodLabel, monthFrom, monthTo, description, participation);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getSectionId() {
        return sectionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public Integer getMonthFrom() {
        return monthFrom;
    }

    public void setMonthFrom(Integer monthFrom) {
        this.monthFrom = monthFrom;
    }

    public Integer getMonthTo() {
        return monthTo;
    }

    public void setMonthTo(Integer monthTo) {
        this.monthTo = monthTo;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getParticipation() {
        return participation;
    }

    public void setParticipation(String participation) {
        this.participation = participation;
    }
}
