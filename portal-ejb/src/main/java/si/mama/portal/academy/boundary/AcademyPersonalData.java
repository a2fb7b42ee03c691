package si.mama.portal.academy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;
import si.mama.portal.platform.error.PortalException;

import java.util.List;
import java.util.stream.Collectors;

import static si.mama.portal.platform.privacy.PersonalDataSql.bool;
import static si.mama.portal.platform.privacy.PersonalDataSql.date;
import static si.mama.portal.platform.privacy.PersonalDataSql.decimal;
import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * The academy's personal data: a person's registrations (staff requests among them), attendance and certificates.
 * They all stay when the person is erased, tied to the placeholder person, so every training's participants, hours
 * and the plan's measures add up as before; only the user names in their "who did it" columns are replaced. A
 * certificate's public check then names the placeholder. A person who still holds a seat, a waitlist place or a
 * request on a training that is open is not erased: that registration is cancelled first, which frees the seat.
 */
@ApplicationScoped
public class AcademyPersonalData implements PersonalDataSource {

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        Object[] people = parameters(subject.personIds());
        String ofPeople = " where r.person_id in " + marks(subject.personIds());
        DataSection.Builder registrations = DataSection.of("registrations", "id", "centre", "training", "year",
                "status", "waitlistPosition", "registeredBy", "registeredAt", "cancelledAt");
        for (Object[] row : sql.rows("select r.id, c.name, t.title, t.training_year, r.status, r.waitlist_position,"
                + " r.registered_by, r.registered_at, r.cancelled_at from registration r"
                + " join training t on t.id = r.training_id join centre c on c.id = r.centre_id" + ofPeople
                + " order by r.registered_at, r.id", people)) {
            registrations.row(number(row[0]), row[1], row[2], number(row[3]),
                    new DataSection.Code((String) row[4], "personalData.registration." + row[4]), number(row[5]),
                    row[6], instant(row[7]), instant(row[8]));
        }
        DataSection.Builder attendance = DataSection.of("attendance", "registration", "training", "sessionDate",
                "hours", "present", "markedAt");
        for (Object[] row : sql.rows("select r.id, t.title, s.session_date, s.hours, a.present, a.marked_at"
                + " from attendance a join registration r on r.id = a.registration_id"
                + " join training_session s on s.id = a.session_id join training t on t.id = r.training_id" + ofPeople
                + " order by s.session_date, s.starts_at", people)) {
            attendance.row(number(row[0]), row[1], date(row[2]), decimal(row[3]), bool(row[4]), instant(row[5]));
        }
        DataSection.Builder certificates = DataSection.of("certificates", "registration", "training", "code", "hours",
                "issuedAt");
        for (Object[] row : sql.rows("select r.id, t.title, ce.code, ce.hours, ce.issued_at from certificate ce"
                + " join registration r on r.id = ce.registration_id join training t on t.id = r.training_id" + ofPeople
                + " order by ce.issued_at", people)) {
            certificates.row(number(row[0]), row[1], row[2], decimal(row[3]), instant(row[4]));
        }
        return List.of(registrations.build(), attendance.build(), certificates.build());
    }

    @Override
    public void checkErasable(DataSubject subject) throws PortalException {
        List<Object[]> open = sql.rows("select distinct t.title from registration r join training t on t.id = r.training_id"
                + " where r.person_id in " + marks(subject.personIds()) + " and r.status <> 'CANCELLED'"
                + " and t.status = 'PUBLISHED' order by t.title", parameters(subject.personIds()));
        if (!open.isEmpty()) {
            throw new PortalException("personalData.error.openRegistration", null,
                    open.stream().map(row -> (String) row[0]).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public void erase(DataSubject subject) {
        sql.replaceUser("registration", "registered_by", null, subject);
        sql.replaceUser("attendance", "marked_by", null, subject);
        sql.replaceUser("certificate", "issued_by", null, subject);
    }
}
