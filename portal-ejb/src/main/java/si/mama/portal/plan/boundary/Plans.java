package si.mama.portal.plan.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import si.mama.portal.plan.control.PlanRules;
import si.mama.portal.plan.entity.ActivityDetails;
import si.mama.portal.plan.entity.Decision;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActivity;
import si.mama.portal.plan.entity.PlanChange;
import si.mama.portal.plan.entity.PlanComparison;
import si.mama.portal.plan.entity.PlanItem;
import si.mama.portal.plan.entity.PlanRuleViolation;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.PlanStage;
import si.mama.portal.plan.entity.PlanStatement;
import si.mama.portal.plan.entity.PlanStep;
import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.plan.entity.SectionDetails;
import si.mama.portal.plan.entity.StatementKind;
import si.mama.portal.plan.entity.TargetDetails;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The office's work on the annual plan: every version of every year, the editor, the approval steps and
 * amendments. Everyone in the office reads; only an office admin writes, approves and amends.
 */
@Stateless
public class Plans {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Measures measures;

    public List<Plan> all() {
        currentUser.requireOffice();
        return em.createNamedQuery("Plan.all", Plan.class).getResultList();
    }

    /** Versions on their way to publication (drafts and versions in approval), newest year first. */
    public List<Plan> inPreparation() {
        currentUser.requireOffice();
        return em.createQuery("select p from Plan p where p.stage <> :published order by p.year desc, p.versionNo desc",
                        Plan.class)
                .setParameter("published", PlanStage.PUBLISHED)
                .getResultList();
    }

    /** The plan with all its content loaded, ready for a page or an export. */
    public Plan find(long planId) {
        currentUser.requireOffice();
        return loaded(load(Plan.class, planId));
    }

    public List<Plan> versionsOf(int year) {
        currentUser.requireOffice();
        return em.createNamedQuery("Plan.ofYear", Plan.class).setParameter("year", year).getResultList();
    }

    public PlanComparison compare(long olderId, long newerId) {
        currentUser.requireOffice();
        return PlanComparison.between(loaded(load(Plan.class, olderId)), loaded(load(Plan.class, newerId)));
    }

    /** A new year's draft: empty, or a copy of another plan (usually last year's) with the same item keys. */
    public Plan create(int year, Long copyFromId) throws PortalException {
        requireAdmin();
        if (!versionsOf(year).isEmpty()) {
            throw new PortalException("plan.error.yearTaken", "year", year);
        }
        Plan plan = rules(() -> copyFromId == null
                ? new Plan(year, "Letni delovni načrt Mreže MaMa " + year, null)
                : load(Plan.class, copyFromId).copyFor(year));
        em.persist(plan);
        flush("plan.error.yearTaken", year);
        em.persist(new PlanChange(plan, PlanChange.Action.CREATED, currentUser.getUsername()));
        return plan;
    }

    public Plan describe(long planId, long version, String title, String introduction) throws PortalException {
        requireAdmin();
        Plan plan = load(Plan.class, planId);
        requireVersion(plan.getVersion(), version, plan.getTitle());
        rules(() -> {
            plan.describe(title, introduction);
            return plan;
        });
        flush("plan.error.changedMeanwhile", plan.getTitle());
        em.persist(new PlanChange(plan, PlanChange.Action.DESCRIBED, currentUser.getUsername()));
        return plan;
    }

    public PlanSection addArea(long planId, SectionDetails details) throws PortalException {
        requireAdmin();
        Plan plan = load(Plan.class, planId);
        return persisted(rules(() -> plan.addArea(details)));
    }

    /** Adds a project or programme to an area. */
    public PlanSection addSection(long areaId, SectionDetails details) throws PortalException {
        requireAdmin();
        PlanSection area = load(PlanSection.class, areaId);
        return persisted(rules(() -> area.getPlan().addSection(area, details)));
    }

    public PlanSection updateSection(long sectionId, long version, SectionDetails details) throws PortalException {
        requireAdmin();
        PlanSection section = load(PlanSection.class, sectionId);
        requireVersion(section.getVersion(), version, section.label());
        rules(() -> {
            section.getPlan().updateSection(section, details);
            return section;
        });
        flush("plan.error.changedMeanwhile", section.label());
        audit(section, PlanChange.Action.CHANGED);
        return section;
    }

    /** Removes a section with its goals, indicators, activities and targets; an area takes its projects along. */
    public void removeSection(long sectionId) throws PortalException {
        requireAdmin();
        PlanSection section = load(PlanSection.class, sectionId);
        Plan plan = section.getPlan();
        if (plan.isEditable()) {
            audit(section, PlanChange.Action.REMOVED);
        }
        // children first: one flush per level keeps the delete order the foreign keys need
        for (PlanSection child : section.getChildren()) {
            rules(() -> {
                plan.removeSection(child);
                return child;
            });
            em.flush();
        }
        rules(() -> {
            plan.removeSection(section);
            return section;
        });
        em.flush();
    }

    public void moveSection(long sectionId, int direction) throws PortalException {
        requireAdmin();
        PlanSection section = load(PlanSection.class, sectionId);
        if (rules(() -> section.getPlan().moveSection(section, direction))) {
            audit(section, PlanChange.Action.MOVED);
        }
    }

    public PlanStatement addStatement(long sectionId, StatementKind kind, String text) throws PortalException {
        requireAdmin();
        PlanSection section = load(PlanSection.class, sectionId);
        return persisted(rules(() -> section.getPlan().addStatement(section, kind, text)));
    }

    public PlanStatement updateStatement(long statementId, long version, String text) throws PortalException {
        requireAdmin();
        PlanStatement statement = load(PlanStatement.class, statementId);
        requireVersion(statement.getVersion(), version, statement.label());
        rules(() -> {
            statement.getPlan().updateStatement(statement, text);
            return statement;
        });
        flush("plan.error.changedMeanwhile", statement.label());
        audit(statement, PlanChange.Action.CHANGED);
        return statement;
    }

    public void removeStatement(long statementId) throws PortalException {
        requireAdmin();
        PlanStatement statement = load(PlanStatement.class, statementId);
        audit(statement, PlanChange.Action.REMOVED);
        rules(() -> {
            statement.getPlan().removeStatement(statement);
            return statement;
        });
    }

    public void moveStatement(long statementId, int direction) throws PortalException {
        requireAdmin();
        PlanStatement statement = load(PlanStatement.class, statementId);
        if (rules(() -> statement.getPlan().moveStatement(statement, direction))) {
            audit(statement, PlanChange.Action.MOVED);
        }
    }

    public PlanActivity addActivity(long sectionId, ActivityDetails details) throws PortalException {
        requireAdmin();
        PlanSection section = load(PlanSection.class, sectionId);
        return persisted(rules(() -> section.getPlan().addActivity(section, details)));
    }

    public PlanActivity updateActivity(long activityId, long version, ActivityDetails details) throws PortalException {
        requireAdmin();
        PlanActivity activity = load(PlanActivity.class, activityId);
        requireVersion(activity.getVersion(), version, activity.label());
        rules(() -> {
            activity.getPlan().updateActivity(activity, details);
            return activity;
        });
        flush("plan.error.changedMeanwhile", activity.label());
        audit(activity, PlanChange.Action.CHANGED);
        return activity;
    }

    public void removeActivity(long activityId) throws PortalException {
        requireAdmin();
        PlanActivity activity = load(PlanActivity.class, activityId);
        audit(activity, PlanChange.Action.REMOVED);
        rules(() -> {
            activity.getPlan().removeActivity(activity);
            return activity;
        });
    }

    public void moveActivity(long activityId, int direction) throws PortalException {
        requireAdmin();
        PlanActivity activity = load(PlanActivity.class, activityId);
        if (rules(() -> activity.getPlan().moveActivity(activity, direction))) {
            audit(activity, PlanChange.Action.MOVED);
        }
    }

    public PlanTarget addTarget(long activityId, TargetDetails details) throws PortalException {
        requireAdmin();
        requireKnownMeasure(details);
        PlanActivity activity = load(PlanActivity.class, activityId);
        return persisted(rules(() -> activity.getPlan().addTarget(activity, details)));
    }

    public PlanTarget updateTarget(long targetId, long version, TargetDetails details) throws PortalException {
        requireAdmin();
        requireKnownMeasure(details);
        PlanTarget target = load(PlanTarget.class, targetId);
        requireVersion(target.getVersion(), version, target.label());
        rules(() -> {
            target.getPlan().updateTarget(target, details);
            return target;
        });
        flush("plan.error.changedMeanwhile", target.label());
        audit(target, PlanChange.Action.CHANGED);
        return target;
    }

    public void removeTarget(long targetId) throws PortalException {
        requireAdmin();
        PlanTarget target = load(PlanTarget.class, targetId);
        audit(target, PlanChange.Action.REMOVED);
        rules(() -> {
            target.getPlan().removeTarget(target);
            return target;
        });
    }

    /** Records one approval step; see {@link Plan#record} for the rules. */
    public PlanStep record(long planId, PlanStage step, LocalDate decidedOn, Decision decision, String note)
            throws PortalException {
        requireAdmin();
        Plan plan = load(Plan.class, planId);
        PlanStep taken = rules(() -> plan.record(step, decidedOn, decision, note, currentUser.getUsername(),
                PortalClock.today()));
        flush("plan.error.changedMeanwhile", plan.getTitle());
        return taken;
    }

    /** Starts an amendment of the latest published version of a year; it keeps every item's key. */
    public Plan amend(long planId, String reason) throws PortalException {
        requireAdmin();
        Plan published = load(Plan.class, planId);
        List<Plan> versions = versionsOf(published.getYear());
        if (versions.stream().anyMatch(version -> !version.isPublished())) {
            throw new PortalException("plan.error.versionInProgress", null, published.getYear());
        }
        if (versions.get(0).getVersionNo() != published.getVersionNo()) {
            throw new PortalException("plan.error.amendOnlyLatest", null);
        }
        Plan amendment = rules(() -> published.amend(reason, published.getVersionNo() + 1));
        em.persist(amendment);
        flush("plan.error.versionInProgress", published.getYear());
        em.persist(new PlanChange(amendment, PlanChange.Action.CREATED, currentUser.getUsername()));
        return amendment;
    }

    private void requireKnownMeasure(TargetDetails details) throws PortalException {
        if (details.measure() != null && !measures.exists(details.measure())) {
            throw new PortalException("plan.error.unknownMeasure", "measure", details.measure());
        }
    }

    private <T extends PlanItem> T persisted(T item) {
        em.persist(item);
        em.flush();
        audit(item, PlanChange.Action.ADDED);
        return item;
    }

    /** The plan's audit trail, newest first. */
    public List<PlanChange> changesOf(long planId, int max) {
        currentUser.requireOffice();
        return em.createNamedQuery("PlanChange.ofPlan", PlanChange.class)
                .setParameter("plan", load(Plan.class, planId))
                .setMaxResults(max)
                .getResultList();
    }

    private void audit(PlanItem item, PlanChange.Action action) {
        em.persist(new PlanChange(item.getPlan(), item, action, currentUser.getUsername()));
    }

    private void requireAdmin() {
        currentUser.require(Role.OFFICE_ADMIN);
    }

    private static void requireVersion(long actual, long expected, String label) throws PortalException {
        if (actual != expected) {
            throw new PortalException("plan.error.changedMeanwhile", null, label);
        }
    }

    private static <T> T rules(Supplier<T> change) throws PortalException {
        try {
            return change.get();
        } catch (PlanRuleViolation violation) {
            throw PortalException.of(violation);
        }
    }

    /** The database decides the races the checks cannot: version columns and unique keys. */
    private void flush(String messageKey, Object argument) throws PortalException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PortalException("plan.error.changedMeanwhile", null, argument);
        } catch (PersistenceException e) {
            if (PlanRules.isUniqueViolation(e)) {
                throw new PortalException(messageKey, null, argument);
            }
            throw e;
        }
    }

    private <T> T load(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return found;
    }

    /** Touches the whole plan inside the transaction, so pages and exports never load lazily afterwards. */
    static Plan loaded(Plan plan) {
        plan.items().forEach(PlanItem::content);
        plan.getHistory().forEach(PlanStep::getVersionNo);
        return plan;
    }
}
