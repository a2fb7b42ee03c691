package si.mama.portal.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * The weekly news's personal data: the person's subscription (by address or person row). Erasing deletes it: a
 * subscription is a wish of the person, and the number of subscribers is counted when an issue goes out (kept with
 * the issue). Issues the person sent (an office member) keep the placeholder as sender, and their editorials lose the
 * person's name.
 */
@ApplicationScoped
public class NewsPersonalData implements PersonalDataSource {

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        DataSection.Builder subscription = DataSection.of("newsSubscription", "email", "language", "createdAt");
        for (Object[] row : sql.rows("select email, language, created_at from news_subscription where email = ?"
                        + " or person_id in " + marks(subject.personIds()) + " order by id",
                parameters(subject.email(), subject.personIds()))) {
            subscription.row(row[0], new DataSection.Code((String) row[1], "language." + row[1]), instant(row[2]));
        }
        return List.of(subscription.build());
    }

    @Override
    public void erase(DataSubject subject) {
        sql.update("delete from news_subscription where email = ? or person_id in " + marks(subject.personIds()),
                parameters(subject.email(), subject.personIds()));
        sql.replaceUser("news_issue", "sent_by", null, subject);
        sql.redact("news_issue", PersonalDataSql.VERSIONED, subject, "editorial");
    }
}
