package si.mama.portal.stewardship.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.ArrayList;
import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.date;
import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * Stewardship's personal data: meetings whose attendees, agenda or minutes (shared and internal) name the person or
 * that the person confirmed, follow-ups they own or closed, proposals that name them, and contact-log lines that name
 * them or that they wrote. The export quotes the lines that name the person.
 * <p>
 * Erasing keeps every meeting, minute, follow-up and contact line (coverage and the plan's proposals count them) and
 * replaces the person's name and address in their texts, and the person as author, by the placeholder. Minutes that
 * speak of the person without their full name (a first name, "the new colleague") are not found by any search: the
 * export lists the meetings that do name them, for the office to read through.
 */
@ApplicationScoped
public class StewardshipPersonalData implements PersonalDataSource {

    private static final String[] MEETING_TEXTS = {"office_attendees", "centre_attendees", "agenda", "situation", "needs",
        "shared_notes", "internal_note"};

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        return List.of(meetings(subject), followUps(subject), proposals(subject), contactLog(subject));
    }

    private DataSection meetings(DataSubject subject) {
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(subject, MEETING_TEXTS);
        DataSection.Builder meetings = DataSection.of("meetings", "id", "centre", "date", "status", "confirmedBy",
                "mentions");
        for (Object[] row : sql.rows("select m.id, c.name, coalesce(m.held_on, m.planned_on), m.status, m.confirmed_by, "
                        + String.join(", ", MEETING_TEXTS) + " from meeting m join centre c on c.id = m.centre_id"
                        + " where m.confirmed_by in " + marks(subject.usernames()) + " or m.steward_username in "
                        + marks(subject.usernames()) + " or " + mentions.condition() + " order by 3, m.id",
                parameters(subject.usernames(), subject.usernames(), List.of(mentions.parameters())))) {
            List<String> quoted = new ArrayList<>();
            for (int i = 0; i < MEETING_TEXTS.length; i++) {
                String lines = subject.mentioningLines((String) row[5 + i]);
                if (lines != null) {
                    quoted.add(MEETING_TEXTS[i] + ": " + lines);
                }
            }
            meetings.row(number(row[0]), row[1], date(row[2]),
                    new DataSection.Code((String) row[3], "stewardship.meeting.status." + row[3]), row[4],
                    quoted.isEmpty() ? null : String.join("\n", quoted));
        }
        return meetings.build();
    }

    private DataSection followUps(DataSubject subject) {
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(subject, "f.task", "f.owner_name");
        DataSection.Builder followUps = DataSection.of("followUps", "meeting", "centre", "task", "owner", "dueOn",
                "doneAt", "doneBy");
        for (Object[] row : sql.rows("select f.meeting_id, c.name, f.task, f.owner_name, f.due_on, f.done_at, f.done_by"
                        + " from follow_up f join centre c on c.id = f.centre_id where f.done_by in "
                        + marks(subject.usernames()) + " or " + mentions.condition() + " order by f.meeting_id, f.position",
                parameters(subject.usernames(), List.of(mentions.parameters())))) {
            followUps.row(number(row[0]), row[1], row[2], row[3], date(row[4]), instant(row[5]), row[6]);
        }
        return followUps.build();
    }

    private DataSection proposals(DataSubject subject) {
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(subject, "p.text");
        DataSection.Builder proposals = DataSection.of("proposals", "meeting", "centre", "text");
        for (Object[] row : sql.rows("select p.meeting_id, c.name, p.text from meeting_proposal p"
                + " join centre c on c.id = p.centre_id where " + mentions.condition()
                + " order by p.meeting_id, p.position", mentions.parameters())) {
            proposals.row(number(row[0]), row[1], row[2]);
        }
        return proposals.build();
    }

    private DataSection contactLog(DataSubject subject) {
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(subject, "l.note");
        DataSection.Builder log = DataSection.of("contactLog", "centre", "contactedOn", "kind", "note", "notedBy");
        for (Object[] row : sql.rows("select c.name, l.contacted_on, l.kind, l.note, l.noted_by_name from contact_log l"
                        + " join centre c on c.id = l.centre_id where l.noted_by in " + marks(subject.usernames())
                        + " or " + mentions.condition() + " order by l.contacted_on, l.id",
                parameters(subject.usernames(), List.of(mentions.parameters())))) {
            log.row(row[0], date(row[1]), new DataSection.Code((String) row[2], "stewardship.contact.kind." + row[2]),
                    row[3], row[4]);
        }
        return log.build();
    }

    @Override
    public void erase(DataSubject subject) {
        sql.redact("meeting", PersonalDataSql.VERSIONED, subject, MEETING_TEXTS);
        sql.replaceUser("meeting", "confirmed_by", null, subject);
        sql.replaceUser("meeting", "steward_username", "steward_name", subject);
        sql.replaceUser("centre", "steward_username", "steward_name", subject);
        sql.redact("follow_up", PersonalDataSql.UNVERSIONED, subject, "task", "owner_name");
        sql.replaceUser("follow_up", "done_by", null, subject);
        sql.redact("meeting_proposal", PersonalDataSql.UNVERSIONED, subject, "text");
        sql.replaceUser("meeting_proposal", "taken_by", null, subject);
        sql.redact("contact_log", PersonalDataSql.UNVERSIONED, subject, "note");
        sql.replaceUser("contact_log", "noted_by", "noted_by_name", subject);
    }
}
