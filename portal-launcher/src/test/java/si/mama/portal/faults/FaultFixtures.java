package si.mama.portal.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fault suite's rushes need and the demo data lacks, written straight into its own stack's database: a
 * training of {@link #SEATS} seats open for registration and {@link #PEOPLE} invented people of MC Brežice to register
 * for it, and a questionnaire open to every member with {@link #QUESTIONS} short text questions.
 */
final class FaultFixtures {

    static final int SEATS = 30;
    static final int PEOPLE = 160;
    static final int QUESTIONS = 24;

    final long centre;
    final long training;
    final List<Long> people = new ArrayList<>();
    final long questionnaire;

    FaultFixtures(Connection db) throws SQLException {
        centre = number(db, "select id from centre where alias = 'mc-brezice'");
        int year = LocalDate.now().getYear();
        training = insert(db, "insert into training (training_year, title, target_groups, format, capacity,"
                + " registration_deadline, status) values (?, 'Usposabljanje pod obremenitvijo', 'PROFESSIONAL', 'ONLINE', ?, ?,"
                + " 'PUBLISHED')", year, SEATS, LocalDate.now().plusDays(30));
        for (int i = 1; i <= PEOPLE; i++) {
            people.add(insert(db, "insert into person (centre_id, first_name, last_name, email, employment_type)"
                    + " values (?, 'Hitra', ?, ?, 'PROFESSIONAL')", centre, String.format("Oseba%03d", i),
                    String.format("hitra.oseba%03d@faults.test", i)));
        }
        questionnaire = insert(db, "insert into questionnaire (questionnaire_year, title, kind, respondent, audience,"
                + " opens_on, closes_on, status, sent_at) values (?, 'Vprašalnik pod obremenitvijo', 'NEEDS', 'CENTRE',"
                + " 'ALL_MEMBERS', ?, ?, 'SENT', current_timestamp(3))", year, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30));
        long section = insert(db, "insert into survey_section (questionnaire_id, position, title) values (?, 1, 'Vse')",
                questionnaire);
        for (int i = 1; i <= QUESTIONS; i++) {
            insert(db, "insert into survey_question (questionnaire_id, section_id, position, code, question_type, text)"
                    + " values (?, ?, ?, ?, 'SHORT_TEXT', ?)", questionnaire, section, i, code(i), "Vprašanje " + i);
        }
    }

    static String code(int question) {
        return String.format("f%02d", question);
    }

    static long number(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, args); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rows.getLong(1);
        }
    }

    static long insert(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, args);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static PreparedStatement prepare(Connection db, String sql, Object... args) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        bind(statement, args);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }
}
