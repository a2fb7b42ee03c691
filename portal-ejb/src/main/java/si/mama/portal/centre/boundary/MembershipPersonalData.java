package si.mama.portal.centre.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * Membership records' personal data: the centres' contact people with the person's address, and the change history
 * lines the person made or that name them (a contact's old or new value is "role: name, e-mail, phone").
 * <p>
 * Erasing removes those contact people (a centre's contact is a role someone fills, not a count), keeps every history
 * line (the record's history stays complete: what changed, when) with the person's name, address and phone in its
 * values and as its author replaced by the placeholder, and clears a centre's own address if it was the person's.
 */
@ApplicationScoped
public class MembershipPersonalData implements PersonalDataSource {

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        DataSection.Builder contacts = DataSection.of("centreContacts", "centre", "role", "name", "email", "phone");
        for (Object[] row : sql.rows("select c.name, cc.role, cc.name, cc.email, cc.phone from centre_contact cc"
                + " join centre c on c.id = cc.centre_id where cc.email = ? order by c.name, cc.id", subject.email())) {
            contacts.row(row[0], new DataSection.Code((String) row[1], "membership.contactRole." + row[1]), row[2],
                    row[3], row[4]);
        }
        DataSubject known = withContactPhones(subject);
        DataSection.Builder changes = DataSection.of("membershipChanges", "centre", "changedAt", "changedBy", "field",
                "subject", "oldValue", "newValue");
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(known, "ch.old_value", "ch.new_value");
        for (Object[] row : sql.rows("select c.name, ch.changed_at, ch.changed_by_name, ch.field, ch.subject,"
                + " ch.old_value, ch.new_value from centre_change ch join centre c on c.id = ch.centre_id"
                + " where ch.changed_by in " + marks(subject.usernames()) + " or " + mentions.condition()
                + " order by ch.changed_at, ch.id", parameters(subject.usernames(), List.of(mentions.parameters())))) {
            changes.row(row[0], instant(row[1]), row[2], new DataSection.Code((String) row[3], (String) row[3]), row[4],
                    row[5], row[6]);
        }
        DataSection.Builder centres = DataSection.of("centreAddresses", "centre");
        sql.rows("select name from centre where email = ? order by name", subject.email())
                .forEach(row -> centres.row(row[0]));
        return List.of(contacts.build(), changes.build(), centres.build());
    }

    @Override
    public void erase(DataSubject subject) {
        DataSubject known = withContactPhones(subject);
        sql.update("delete from centre_contact where email = ?", subject.email());
        sql.replaceUser("centre_change", "changed_by", "changed_by_name", known);
        sql.redact("centre_change", PersonalDataSql.UNVERSIONED, known, "old_value", "new_value");
        sql.update("update centre set email = null, version = version + 1 where email = ?", subject.email());
    }

    /** The person as the history may show them: also by the phone numbers of their contact entries. */
    private DataSubject withContactPhones(DataSubject subject) {
        Set<String> known = new LinkedHashSet<>();
        for (Object[] row : sql.rows("select name, phone from centre_contact where email = ?", subject.email())) {
            known.add((String) row[0]);
            known.add((String) row[1]);
        }
        known.remove(null);
        return subject.alsoKnownBy(known);
    }
}
