package si.mama.portal.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * Good practices' personal data: practices that give the person as their contact (by address or name), that name
 * them in their texts, or that they reviewed. Erasing keeps the practice (it is the centre's work) and clears its
 * contact fields, replaces the person's name in its texts and as its reviewer. Photos may show people: no search
 * finds them, so the export lists the person's practices for the office to look at.
 */
@ApplicationScoped
public class PracticePersonalData implements PersonalDataSource {

    private static final String[] TEXTS = {"title", "summary", "target_group", "partners", "results", "review_note"};

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(subject, TEXTS);
        DataSection.Builder practices = DataSection.of("practices", "id", "centre", "title", "status", "contactName",
                "contactEmail", "reviewedBy");
        for (Object[] row : sql.rows("select p.id, c.name, p.title, p.status, p.contact_name, p.contact_email,"
                        + " p.reviewed_by from practice p join centre c on c.id = p.centre_id where p.contact_email = ?"
                        + " or p.contact_name in " + marks(subject.names()) + " or p.reviewed_by in "
                        + marks(subject.usernames()) + " or " + mentions.condition() + " order by p.id",
                parameters(subject.email(), subject.names(), subject.usernames(), List.of(mentions.parameters())))) {
            practices.row(number(row[0]), row[1], row[2],
                    new DataSection.Code((String) row[3], "practice.status." + row[3]), row[4], row[5], row[6]);
        }
        return List.of(practices.build());
    }

    @Override
    public void erase(DataSubject subject) {
        sql.update("update practice set contact_name = null, contact_email = null, version = version + 1"
                        + " where contact_email = ? or contact_name in " + marks(subject.names()),
                parameters(subject.email(), subject.names()));
        sql.redact("practice", PersonalDataSql.VERSIONED, subject, TEXTS);
        sql.replaceUser("practice", "reviewed_by", null, subject);
    }
}
