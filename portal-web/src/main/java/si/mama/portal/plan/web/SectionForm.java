package si.mama.portal.plan.web;

import si.mama.portal.plan.entity.NetworkRole;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.SectionDetails;
import si.mama.portal.plan.entity.SectionKind;

import java.io.Serializable;

/** The dialog for an area, project or programme. {@code parentId} is the area a new project goes into. */
public class SectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long parentId;
    private SectionKind kind = SectionKind.AREA;
    private String chapter;
    private String title;
    private String strategyGoals;
    private String purpose;
    private String funding;
    private NetworkRole networkRole;

    static SectionForm newArea() {
        return new SectionForm();
    }

    static SectionForm newIn(long areaId) {
        SectionForm form = new SectionForm();
        form.parentId = areaId;
        form.kind = SectionKind.PROJECT;
        return form;
    }

    static SectionForm of(PlanSection section) {
        SectionForm form = new SectionForm();
        form.id = section.getId();
        form.version = section.getVersion();
        form.kind = section.getKind();
        form.chapter = section.getChapter();
        form.title = section.getTitle();
        form.strategyGoals = section.getStrategyGoals();
        form.purpose = section.getPurpose();
        form.funding = section.getFunding();
        form.networkRole = section.getNetworkRole();
        return form;
    }

    SectionDetails toDetails() {
        return new SectionDetails(kind, chapter, title, strategyGoals, purpose, funding, networkRole);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isArea() {
        return kind == SectionKind.AREA;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getParentId() {
        return parentId;
    }

    public SectionKind getKind() {
        return kind;
    }

    public void setKind(SectionKind kind) {
        this.kind = kind;
    }

    public String getChapter() {
        return chapter;
    }

    public void setChapter(String chapter) {
        this.chapter = chapter;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStrategyGoals() {
        return strategyGoals;
    }

    public void setStrategyGoals(String strategyGoals) {
        this.strategyGoals = strategyGoals;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }

    public NetworkRole getNetworkRole() {
        return networkRole;
    }

    public void setNetworkRole(NetworkRole networkRole) {
        this.networkRole = networkRole;
    }
}
