package si.mama.portal.plan.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanStage;
import si.mama.portal.platform.error.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * Published plans, for members and the public alike: the plan is the network's public document, so this
 * boundary needs no role. Drafts and versions in approval never leave through here.
 */
@Stateless
public class PublishedPlans {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The latest published version of the most recent year that has one. */
    public Optional<Plan> latest() {
        return em.createNamedQuery("Plan.published", Plan.class)
                .setParameter("published", PlanStage.PUBLISHED)
                .setMaxResults(1)
                .getResultStream().findFirst().map(Plans::loaded);
    }

    /** The latest published version's title, year, version and dates only, for a card on a home page. */
    public Optional<Plan> latestSummary() {
        return em.createNamedQuery("Plan.published", Plan.class)
                .setParameter("published", PlanStage.PUBLISHED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The year's plan as it stands now: its latest published version. */
    public Plan ofYear(int year) {
        return versionsOf(year).stream().findFirst().map(Plans::loaded)
                .orElseThrow(() -> new NotFoundException("Plan", year));
    }

    /** One published version of a year; earlier versions stay readable after an amendment. */
    public Plan version(int year, int versionNo) {
        return versionsOf(year).stream().filter(plan -> plan.getVersionNo() == versionNo).findFirst()
                .map(Plans::loaded).orElseThrow(() -> new NotFoundException("Plan", year + "/" + versionNo));
    }

    /** The year's published versions, newest first. */
    public List<Plan> versionsOf(int year) {
        return em.createNamedQuery("Plan.publishedOfYear", Plan.class)
                .setParameter("published", PlanStage.PUBLISHED)
                .setParameter("year", year)
                .getResultList();
    }

    /** Years with a published plan, newest first. */
    public List<Integer> years() {
        return em.createQuery("select distinct p.year from Plan p where p.stage = :published order by p.year desc",
                        Integer.class)
                .setParameter("published", PlanStage.PUBLISHED)
                .getResultList();
    }
}
