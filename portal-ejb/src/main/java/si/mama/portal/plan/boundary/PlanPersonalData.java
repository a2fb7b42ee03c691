package si.mama.portal.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * The annual plan's personal data: who changed a plan, recorded an adoption step or entered a progress figure, by
 * user name (office members, in practice). Erasing keeps every line of the plan's history and replaces the user name
 * by the placeholder's.
 */
@ApplicationScoped
public class PlanPersonalData implements PersonalDataSource {

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        String users = marks(subject.usernames());
        DataSection.Builder history = DataSection.of("planHistory", "year", "kind", "label", "at");
        for (Object[] row : sql.rows("select p.plan_year, 'CHANGE', c.label, c.changed_at from plan_change c"
                        + " join plan p on p.id = c.plan_id where c.changed_by in " + users
                        + " union all select p.plan_year, 'STEP', s.stage, s.recorded_at from plan_step s"
                        + " join plan p on p.id = s.plan_id where s.recorded_by in " + users
                        + " union all select a.plan_year, 'ACTUAL', a.target_key, a.recorded_at from plan_actual a"
                        + " where a.recorded_by in " + users + " order by 4",
                parameters(subject.usernames(), subject.usernames(), subject.usernames()))) {
            history.row(number(row[0]), new DataSection.Code((String) row[1], "personalData.plan." + row[1]), row[2],
                    instant(row[3]));
        }
        return List.of(history.build());
    }

    @Override
    public void erase(DataSubject subject) {
        sql.replaceUser("plan_change", "changed_by", null, subject);
        sql.replaceUser("plan_step", "recorded_by", null, subject);
        sql.replaceUser("plan_actual", "recorded_by", null, subject);
    }
}
