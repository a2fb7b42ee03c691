package si.mama.portal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * The outbox's personal data: every mail to the person's address, and mails to others that name them (a staff
 * request to the centre). Erasing deletes the mails to the person that were not sent (they must never go out to an
 * erased person), blanks the sent ones (the row stays, so what was sent when still counts, but the address becomes
 * the placeholder and the subject, text and invitation are gone), and replaces the person's name and address in the
 * other mails.
 */
@ApplicationScoped
public class MailPersonalData implements PersonalDataSource {

    private static final String[] TEXTS = {"subject", "body_text", "calendar", "last_error"};

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        PersonalDataSql.Mentions mentions = PersonalDataSql.mentions(subject, TEXTS);
        DataSection.Builder mails = DataSection.of("mails", "id", "recipient", "createdAt", "status", "sentAt",
                "subject", "text");
        for (Object[] row : sql.rows("select id, recipient, created_at, status, sent_at, subject, body_text"
                + " from outbox_mail where recipient = ? or " + mentions.condition() + " order by created_at, id",
                parameters(subject.email(), List.of(mentions.parameters())))) {
            mails.row(number(row[0]), row[1], instant(row[2]),
                    new DataSection.Code((String) row[3], "mail.status." + row[3]), instant(row[4]), row[5], row[6]);
        }
        return List.of(mails.build());
    }

    @Override
    public void erase(DataSubject subject) {
        sql.update("delete from outbox_mail where recipient = ? and status <> 'SENT'", subject.email());
        sql.update("update outbox_mail set recipient = ?, subject = ?, body_text = '', calendar = null,"
                        + " last_error = null, version = version + 1 where recipient = ?",
                subject.placeholderEmail(), DataSubject.ERASED_TEXT, subject.email());
        sql.redact("outbox_mail", PersonalDataSql.VERSIONED, subject, TEXTS);
    }
}
