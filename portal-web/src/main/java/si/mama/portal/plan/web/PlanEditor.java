package si.mama.portal.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import si.mama.portal.plan.boundary.Measures;
import si.mama.portal.plan.boundary.Plans;
import si.mama.portal.plan.entity.NetworkRole;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActivity;
import si.mama.portal.plan.entity.PlanChange;
import si.mama.portal.plan.entity.PlanItem;
import si.mama.portal.plan.entity.PlanRuleViolation;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.PlanStatement;
import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.plan.entity.SectionKind;
import si.mama.portal.plan.entity.StatementKind;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.i18n.Texts;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The office's plan editor ({@code /office/plan?id=...}): one version of a plan with its areas, projects,
 * goals, indicators, activities and targets, edited in place through dialogs while the plan is a draft.
 * While the page is open its session is kept alive, so an edit in progress never meets an expired session.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_SIZE = 100;

    @Inject
    Plans plans;

    @Inject
    Measures measures;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long id;
    private String area;
    private Plan plan;
    private SectionForm sectionForm = SectionForm.newArea();
    private StatementForm statementForm = new StatementForm();
    private ActivityForm activityForm = new ActivityForm();
    private TargetForm targetForm = new TargetForm();
    private String introTitle;
    private String introText;
    private long planVersion;
    private transient List<PlanChange> changes;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Plan", "(no id)");
        }
        reload();
    }

    void reload() {
        plan = plans.find(id);
        changes = null;
        introTitle = plan.getTitle();
        introText = plan.getIntroduction();
        planVersion = plan.getVersion();
    }

    /** Office admins edit drafts; everyone else in the office reads. */
    public boolean isEditable() {
        return plan.isEditable() && currentUser.has(Role.OFFICE_ADMIN);
    }

    /** Called by the page every few minutes: the request itself keeps the session (and sign-in) alive. */
    public void keepAlive() {
        // nothing to do
    }

    public void saveDescription() {
        run("descriptionForm", () -> plans.describe(id, planVersion, introTitle, introText), "plan.saved");
    }

    // ---- sections --------------------------------------------------------------------------------------

    public void startAddingArea() {
        sectionForm = SectionForm.newArea();
    }

    public void startAddingProject(long areaId) {
        sectionForm = SectionForm.newIn(areaId);
    }

    public void startEditingSection(long sectionId) {
        sectionForm = SectionForm.of(find(PlanSection.class, sectionId));
    }

    public void saveSection() {
        if (save("sectionForm", () -> {
            if (!sectionForm.isNew()) {
                plans.updateSection(sectionForm.getId(), sectionForm.getVersion(), sectionForm.toDetails());
            } else if (sectionForm.getParentId() == null) {
                plans.addArea(id, sectionForm.toDetails());
            } else {
                plans.addSection(sectionForm.getParentId(), sectionForm.toDetails());
            }
        })) {
            PrimeFaces.current().executeScript("PF('sectionDialog').hide()");
        }
    }

    public void removeSection(long sectionId) {
        run(null, () -> plans.removeSection(sectionId), "plan.removed");
    }

    public void moveSection(long sectionId, int direction) {
        run(null, () -> plans.moveSection(sectionId, direction), null);
    }

    // ---- goals and indicators ------------------------------------------------------------------------

    public void startAddingStatement(long sectionId, String kind) {
        statementForm = StatementForm.newIn(sectionId, StatementKind.valueOf(kind));
    }

    public void startEditingStatement(long statementId) {
        statementForm = StatementForm.of(find(PlanStatement.class, statementId));
    }

    public void saveStatement() {
        if (save("statementForm", () -> {
            if (statementForm.isNew()) {
                plans.addStatement(statementForm.getSectionId(), statementForm.getKind(), statementForm.getText());
            } else {
                plans.updateStatement(statementForm.getId(), statementForm.getVersion(), statementForm.getText());
            }
        })) {
            PrimeFaces.current().executeScript("PF('statementDialog').hide()");
        }
    }

    public void removeStatement(long statementId) {
        run(null, () -> plans.removeStatement(statementId), "plan.removed");
    }

    public void moveStatement(long statementId, int direction) {
        run(null, () -> plans.moveStatement(statementId, direction), null);
    }

    // ---- activities and targets ----------------------------------------------------------------------

    public void startAddingActivity(long sectionId) {
        activityForm = ActivityForm.newIn(sectionId);
    }

    public void startEditingActivity(long activityId) {
        activityForm = ActivityForm.of(find(PlanActivity.class, activityId));
    }

    public void saveActivity() {
        if (save("activityForm", () -> {
            if (activityForm.isNew()) {
                plans.addActivity(activityForm.getSectionId(), activityForm.toDetails());
            } else {
                plans.updateActivity(activityForm.getId(), activityForm.getVersion(), activityForm.toDetails());
            }
        })) {
            PrimeFaces.current().executeScript("PF('activityDialog').hide()");
        }
    }

    public void removeActivity(long activityId) {
        run(null, () -> plans.removeActivity(activityId), "plan.removed");
    }

    public void moveActivity(long activityId, int direction) {
        run(null, () -> plans.moveActivity(activityId, direction), null);
    }

    public void startAddingTarget(long activityId) {
        targetForm = TargetForm.newIn(activityId);
    }

    public void startEditingTarget(long targetId) {
        targetForm = TargetForm.of(find(PlanTarget.class, targetId));
    }

    public void saveTarget() {
        if (save("targetForm", () -> {
            if (targetForm.isNew()) {
                plans.addTarget(targetForm.getActivityId(), targetForm.toDetails());
            } else {
                plans.updateTarget(targetForm.getId(), targetForm.getVersion(), targetForm.toDetails());
            }
        })) {
            PrimeFaces.current().executeScript("PF('targetDialog').hide()");
        }
    }

    public void removeTarget(long targetId) {
        run(null, () -> plans.removeTarget(targetId), "plan.removed");
    }

    // ---- plumbing ------------------------------------------------------------------------------------

    /** A change through the boundary, refused changes shown in {@code formId} (or the growl); the plan reloads. */
    @FunctionalInterface
    interface Change {
        void apply() throws PortalException;
    }

    private boolean save(String formId, Change change) {
        return run(formId, change, "plan.saved");
    }

    private boolean run(String formId, Change change, String successKey) {
        try {
            change.apply();
            if (successKey != null) {
                texts.info(successKey);
            }
            return true;
        } catch (PlanRuleViolation violation) {
            texts.error(PortalException.of(violation), formId);
            return false;
        } catch (PortalException refusal) {
            texts.error(refusal, formId);
            return false;
        } finally {
            reload();
        }
    }

    private <T extends PlanItem> T find(Class<T> type, long itemId) {
        Optional<T> item = plan.items().filter(type::isInstance).map(type::cast)
                .filter(candidate -> candidate.getId() == itemId).findFirst();
        return item.orElseThrow(() -> new NotFoundException(type.getSimpleName(), itemId));
    }

    /** The zone the history's times are shown in. */
    public java.time.ZoneId getZone() {
        return si.mama.portal.platform.time.PortalClock.ZONE;
    }

    /** The plan's latest changes, for the history panel. */
    public List<PlanChange> getChanges() {
        if (changes == null) {
            changes = plans.changesOf(id, HISTORY_SIZE);
        }
        return changes;
    }

    public List<String> getMeasureNames() {
        return measures.names();
    }

    public SectionKind[] getChildKinds() {
        return new SectionKind[] {SectionKind.PROJECT, SectionKind.PROGRAMME};
    }

    public NetworkRole[] getNetworkRoles() {
        return NetworkRole.values();
    }

    public Plan getPlan() {
        return plan;
    }

    /** The area shown in the editor: the one named by the {@code area} parameter, else the first. */
    public PlanSection getSelectedArea() {
        List<PlanSection> areas = plan.getAreas();
        return areas.stream().filter(candidate -> candidate.getKey().equals(area)).findFirst()
                .orElse(areas.isEmpty() ? null : areas.get(0));
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SectionForm getSectionForm() {
        return sectionForm;
    }

    public StatementForm getStatementForm() {
        return statementForm;
    }

    public ActivityForm getActivityForm() {
        return activityForm;
    }

    public TargetForm getTargetForm() {
        return targetForm;
    }

    public String getIntroTitle() {
        return introTitle;
    }

    public void setIntroTitle(String introTitle) {
        this.introTitle = introTitle;
    }

    public String getIntroText() {
        return introText;
    }

    public void setIntroText(String introText) {
        this.introText = introText;
    }
}
