package si.mama.portal.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.bool;
import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * The person rows themselves: every centre's row for the address. Erasing keeps each row (its registrations,
 * answers and target group still count) but replaces the name, address and position by the placeholder, and marks
 * it erased, so nobody can edit it or make it active again.
 */
@ApplicationScoped
public class PeoplePersonalData implements PersonalDataSource {

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        DataSection.Builder people = DataSection.of("people", "id", "centre", "firstName", "lastName", "email",
                "position", "employmentType", "language", "active", "createdAt", "updatedAt");
        for (Object[] row : sql.rows("select p.id, c.name, p.first_name, p.last_name, p.email, p.position,"
                + " p.employment_type, p.language, p.active, p.created_at, p.updated_at from person p"
                + " join centre c on c.id = p.centre_id where p.id in " + marks(subject.personIds()) + " order by p.id",
                parameters(subject.personIds()))) {
            people.row(number(row[0]), row[1], row[2], row[3], row[4], row[5],
                    new DataSection.Code((String) row[6], "employment." + row[6]),
                    new DataSection.Code((String) row[7], "language." + row[7]), bool(row[8]), instant(row[9]),
                    instant(row[10]));
        }
        return List.of(people.build());
    }

    @Override
    public void erase(DataSubject subject) {
        Timestamp now = Timestamp.from(Instant.now());
        for (DataSubject.PersonRow person : subject.people()) {
            sql.update("update person set first_name = ?, last_name = ?, email = ?, position = null, active = false,"
                            + " erased_at = ?, updated_at = ?, version = version + 1 where id = ?",
                    DataSubject.ERASED_FIRST_NAME, DataSubject.placeholderLastName(person.id()),
                    DataSubject.placeholderEmail(person.id()), now, now, person.id());
        }
    }
}
