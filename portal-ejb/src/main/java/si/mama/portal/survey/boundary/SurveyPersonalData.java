package si.mama.portal.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import si.mama.portal.platform.privacy.DataSection;
import si.mama.portal.platform.privacy.DataSubject;
import si.mama.portal.platform.privacy.PersonalDataSource;
import si.mama.portal.platform.privacy.PersonalDataSql;

import java.util.List;

import static si.mama.portal.platform.privacy.PersonalDataSql.bool;
import static si.mama.portal.platform.privacy.PersonalDataSql.instant;
import static si.mama.portal.platform.privacy.PersonalDataSql.marks;
import static si.mama.portal.platform.privacy.PersonalDataSql.number;
import static si.mama.portal.platform.privacy.PersonalDataSql.parameters;

/**
 * Questionnaires' personal data: a person's own responses to per-person questionnaires with their answers, and the
 * answers of their centre's shared responses that they changed last.
 * <p>
 * Erasing keeps every response and every answer, so response rates and each question's counts, shares and averages
 * add up as before: choices, scales, numbers and dates of a person's own responses stay as they are (tied to the
 * placeholder person they say nothing about anyone). Their free texts (text answers and "other" texts) may say
 * anything about the person, so they become "[izbrisano]": still counted as answered, no longer readable. A
 * centre's shared response is the centre's, so its answers stay; only who changed them last is replaced, and a
 * mention of the person in its texts.
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalDataSource {

    @Inject
    PersonalDataSql sql;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<DataSection> export(DataSubject subject) {
        DataSection.Builder responses = DataSection.of("surveyResponses", "id", "questionnaire", "year", "centre",
                "status", "startedAt", "submittedAt", "submittedBy");
        for (Object[] row : sql.rows("select r.id, q.title, q.questionnaire_year, c.name, r.status, r.started_at,"
                        + " r.submitted_at, r.submitted_by from survey_response r"
                        + " join questionnaire q on q.id = r.questionnaire_id join centre c on c.id = r.centre_id"
                        + " where r.person_id in " + marks(subject.personIds()) + " order by r.started_at, r.id",
                parameters(subject.personIds()))) {
            responses.row(number(row[0]), row[1], number(row[2]), row[3],
                    new DataSection.Code((String) row[4], "survey.response." + row[4]), instant(row[5]),
                    instant(row[6]), row[7]);
        }
        DataSection.Builder answers = DataSection.of("surveyAnswers", "response", "ownResponse", "questionnaire",
                "question", "questionText", "value", "otherText", "changedBy", "changedAt");
        for (Object[] row : sql.rows("select r.id, r.person_id is not null, q.title, sq.code, sq.text, a.value_text,"
                        + " a.other_text, a.changed_by, a.changed_at from survey_answer a"
                        + " join survey_response r on r.id = a.response_id join questionnaire q on q.id = r.questionnaire_id"
                        + " join survey_question sq on sq.id = a.question_id"
                        + " where r.person_id in " + marks(subject.personIds()) + " or a.changed_by in "
                        + marks(subject.usernames()) + " order by r.id, sq.position, sq.id",
                parameters(subject.personIds(), subject.usernames()))) {
            answers.row(number(row[0]), bool(row[1]), row[2], row[3], row[4], row[5], row[6], row[7], instant(row[8]));
        }
        return List.of(responses.build(), answers.build());
    }

    @Override
    public void erase(DataSubject subject) {
        sql.update("update survey_answer a join survey_response r on r.id = a.response_id"
                        + " join survey_question q on q.id = a.question_id"
                        + " set a.value_text = case when q.question_type in ('SHORT_TEXT', 'LONG_TEXT')"
                        + " and a.value_text is not null then ? else a.value_text end,"
                        + " a.other_text = case when a.other_text is not null then ? end, a.version = a.version + 1"
                        + " where r.person_id in " + marks(subject.personIds()),
                parameters(DataSubject.ERASED_TEXT, DataSubject.ERASED_TEXT, subject.personIds()));
        sql.replaceUser("survey_answer", "changed_by", "changed_by_name", subject);
        sql.replaceUser("survey_response", "submitted_by", null, subject);
        sql.redact("survey_answer", PersonalDataSql.VERSIONED, subject, "value_text", "other_text");
    }
}
