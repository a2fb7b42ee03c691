package si.mama.portal.academy.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import si.mama.portal.academy.entity.Attendance;
import si.mama.portal.academy.entity.Certificate;
import si.mama.portal.academy.entity.Registration;
import si.mama.portal.academy.entity.RegistrationStatus;
import si.mama.portal.people.entity.EmploymentType;
import si.mama.portal.people.entity.Person;
import si.mama.portal.platform.security.Role;
import si.mama.portal.platform.tenancy.CentreScoped;
import si.mama.portal.platform.tenancy.CurrentUser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A centre's training record: each of its people's confirmed trainings across the years with the hours
 * attended, and totals by target group. Runs under the tenant filter; the attendance and certificates it
 * adds are looked up only for the centre's own registrations.
 */
@Stateless
@CentreScoped
public class TrainingRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public List<TrainingRecord> ofCentre() {
        currentUser.require(Role.CENTRE_ADMIN, Role.CENTRE_STAFF);
        List<Registration> confirmed = em.createQuery("select r from Registration r where r.status = :confirmed"
                        + " order by r.person.lastName, r.person.firstName, r.training.year desc, r.training.title",
                        Registration.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).getResultList();
        if (confirmed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = confirmed.stream().map(Registration::getId).toList();
        Map<Long, BigDecimal> hours = new HashMap<>();
        em.createQuery("select a from Attendance a where a.registrationId in :ids and a.present = true", Attendance.class)
                .setParameter("ids", ids).getResultList()
                .forEach(attendance -> hours.merge(attendance.getRegistrationId(), attendance.getSession().getHours(), BigDecimal::add));
        Map<Long, String> codes = new HashMap<>();
        em.createNamedQuery("Certificate.ofRegistrations", Certificate.class).setParameter("ids", ids).getResultList()
                .forEach(certificate -> codes.put(certificate.getRegistrationId(), certificate.getCode()));
        Map<Person, List<TrainingRecord.Entry>> byPerson = new LinkedHashMap<>();
        for (Registration registration : confirmed) {
            byPerson.computeIfAbsent(registration.getPerson(), person -> new ArrayList<>()).add(new TrainingRecord.Entry(
                    registration.getTraining().getId(), registration.getTraining().getYear(),
                    registration.getTraining().getTitle(), hours.getOrDefault(registration.getId(), BigDecimal.ZERO),
                    codes.get(registration.getId())));
        }
        return byPerson.entrySet().stream().map(entry -> new TrainingRecord(entry.getKey(), entry.getValue())).toList();
    }

    /** Hours attended per target group, over the given records. */
    public static Map<EmploymentType, BigDecimal> hoursByGroup(List<TrainingRecord> records) {
        Map<EmploymentType, BigDecimal> totals = new EnumMap<>(EmploymentType.class);
        for (EmploymentType group : EmploymentType.values()) {
            totals.put(group, BigDecimal.ZERO);
        }
        records.forEach(record -> totals.merge(record.person().getEmploymentType(), record.getHours(), BigDecimal::add));
        return totals;
    }
}
