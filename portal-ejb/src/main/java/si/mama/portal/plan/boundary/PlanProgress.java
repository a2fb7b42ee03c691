package si.mama.portal.plan.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.plan.entity.Plan;
import si.mama.portal.plan.entity.PlanActual;
import si.mama.portal.plan.entity.PlanRuleViolation;
import si.mama.portal.plan.entity.PlanSection;
import si.mama.portal.plan.entity.PlanTarget;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;
import si.mama.portal.platform.time.PortalClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far the plan's quantitative targets are during the year. Actuals are computed by a named measure or
 * entered by the office; they belong to the year and the target's key, so amending the plan keeps them.
 */
@Stateless
public class PlanProgress {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Measures measures;

    /** Progress of every target of {@code plan}, grouped by area in the plan's order, as of {@code asOf}. */
    public List<AreaProgress> of(Plan plan, LocalDate asOf) {
        Map<String, PlanActual> latest = new LinkedHashMap<>();
        for (PlanActual actual : em.createNamedQuery("PlanActual.ofYear", PlanActual.class)
                .setParameter("year", plan.getYear()).getResultList()) {
            latest.put(actual.getTargetKey(), actual); // ordered by date: the last one wins
        }
        Map<PlanSection, List<TargetProgress>> byArea = new LinkedHashMap<>();
        for (PlanTarget target : plan.getTargets()) {
            byArea.computeIfAbsent(target.getActivity().getArea(), area -> new ArrayList<>())
                    .add(progressOf(target, latest.get(target.getKey()), asOf));
        }
        return byArea.entrySet().stream().map(entry -> new AreaProgress(entry.getKey(), entry.getValue())).toList();
    }

    private TargetProgress progressOf(PlanTarget target, PlanActual entered, LocalDate asOf) {
        if (target.getMeasure() != null) {
            Optional<BigDecimal> computed = measures.valueOf(target.getMeasure(), target.getPlan().getYear());
            return computed.map(value -> new TargetProgress(target, value, asOf, null, TargetProgress.Source.MEASURE,
                            asOf))
                    .orElseGet(() -> new TargetProgress(target, null, null, null,
                            TargetProgress.Source.MEASURE_MISSING, asOf));
        }
        if (entered == null) {
            return new TargetProgress(target, null, null, null, TargetProgress.Source.NONE, asOf);
        }
        return new TargetProgress(target, entered.getValue(), entered.getMeasuredOn(), entered.getEvidence(),
                TargetProgress.Source.ENTERED, asOf);
    }

    /** The office enters the figure reached by a date, with a note on where it comes from. */
    public PlanActual record(long targetId, BigDecimal value, LocalDate measuredOn, String evidence)
            throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        PlanTarget target = em.find(PlanTarget.class, targetId);
        if (target == null) {
            throw new NotFoundException("PlanTarget", targetId);
        }
        if (target.getMeasure() != null) {
            throw new PortalException("plan.error.actualComputed", null, target.getMeasure());
        }
        try {
            PlanActual actual = new PlanActual(target, value, measuredOn, evidence, currentUser.getUsername(),
                    PortalClock.today());
            em.persist(actual);
            return actual;
        } catch (PlanRuleViolation violation) {
            throw PortalException.of(violation);
        }
    }

    /** Every figure entered for the target's key in its year, newest first. */
    public List<PlanActual> history(long targetId) {
        currentUser.requireOffice();
        PlanTarget target = em.find(PlanTarget.class, targetId);
        if (target == null) {
            throw new NotFoundException("PlanTarget", targetId);
        }
        return em.createNamedQuery("PlanActual.ofTarget", PlanActual.class)
                .setParameter("year", target.getPlan().getYear())
                .setParameter("key", target.getKey())
                .getResultList();
    }
}
