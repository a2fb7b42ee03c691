package si.mama.portal.academy.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.entity.AcademyRuleViolation;
import si.mama.portal.academy.entity.Attendance;
import si.mama.portal.academy.entity.Certificate;
import si.mama.portal.academy.entity.RegistrationListing;
import si.mama.portal.academy.entity.RegistrationStatus;
import si.mama.portal.academy.entity.Training;
import si.mama.portal.academy.entity.TrainingSession;
import si.mama.portal.academy.entity.TrainingStatus;
import si.mama.portal.platform.error.NotFoundException;
import si.mama.portal.platform.error.PortalException;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's attendance sheets and certificates. Works across centres (participants of a training come from
 * many), so it requires an office role; marking and issuing need the office admin.
 */
@Stateless
public class Attendances {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The confirmed participants with the sessions they attended, their hours and certificates. */
    public List<AttendanceRow> sheet(long trainingId) {
        currentUser.requireOffice();
        Training training = load(trainingId);
        Map<Long, Set<Long>> present = new HashMap<>();
        Map<Long, BigDecimal> hours = new HashMap<>();
        for (Attendance attendance : em.createNamedQuery("Attendance.ofTraining", Attendance.class)
                .setParameter("training", training.getId()).getResultList()) {
            if (attendance.isPresent()) {
                present.computeIfAbsent(attendance.getRegistrationId(), id -> new HashSet<>()).add(attendance.getSession().getId());
                hours.merge(attendance.getRegistrationId(), attendance.getSession().getHours(), BigDecimal::add);
            }
        }
        List<RegistrationListing> confirmed = em.createNamedQuery("RegistrationListing.ofTraining", RegistrationListing.class)
                .setParameter("training", trainingId).getResultList().stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED).toList();
        Map<Long, Certificate> certificates = new HashMap<>();
        if (!confirmed.isEmpty()) {
            em.createNamedQuery("Certificate.ofRegistrations", Certificate.class)
                    .setParameter("ids", confirmed.stream().map(RegistrationListing::getId).toList())
                    .getResultList().forEach(certificate -> certificates.put(certificate.getRegistrationId(), certificate));
        }
        return confirmed.stream().map(registration -> new AttendanceRow(registration,
                present.getOrDefault(registration.getId(), Set.of()),
                hours.getOrDefault(registration.getId(), BigDecimal.ZERO),
                certificates.get(registration.getId()))).toList();
    }

    /** Marks one participant present or absent at one session; marking again overwrites. */
    public void mark(long trainingId, long sessionId, long registrationId, boolean present) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        TrainingSession session = training.getSessions().stream().filter(each -> each.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("TrainingSession", sessionId));
        RegistrationListing registration = em.find(RegistrationListing.class, registrationId);
        if (registration == null || registration.getTrainingId() != trainingId
                || registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new PortalException("academy.error.notParticipant", null);
        }
        List<Attendance> existing = em.createQuery("select a from Attendance a where a.registrationId = :registration"
                        + " and a.session = :session", Attendance.class)
                .setParameter("registration", registrationId).setParameter("session", session).getResultList();
        if (existing.isEmpty()) {
            em.persist(new Attendance(registrationId, session, present, currentUser.getUsername()));
        } else {
            existing.get(0).mark(present, currentUser.getUsername());
        }
    }

    /**
     * Issues a certificate to every participant who attended at least one session of the held training and
     * has none yet; returns how many were issued.
     */
    public int issueCertificates(long trainingId) throws PortalException {
        currentUser.require(Role.OFFICE_ADMIN);
        Training training = load(trainingId);
        if (training.getStatus() != TrainingStatus.COMPLETED) {
            throw new PortalException("academy.error.notHeld", null);
        }
        int issued = 0;
        for (AttendanceRow row : sheet(trainingId)) {
            if (row.certificate() == null && row.hours().signum() > 0) {
                try {
                    em.persist(new Certificate(row.registration().getId(), row.hours(), currentUser.getUsername()));
                    issued++;
                } catch (AcademyRuleViolation violation) {
                    throw PortalException.of(violation);
                }
            }
        }
        return issued;
    }

    private Training load(long trainingId) {
        Training training = em.find(Training.class, trainingId);
        if (training == null) {
            throw new NotFoundException("Training", trainingId);
        }
        return training;
    }
}
