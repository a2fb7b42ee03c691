package si.mama.portal.browser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the demo data lacks but the probes need, written straight into the stack's database and removed again
 * when the suite ends, so no other browser test meets them: a draft and a submitted practice of a third centre with
 * a file each, a draft plan, a draft news issue, a draft questionnaire and one sent to the third centre only, and an
 * unconfirmed meeting (yesterday) with an open follow-up for each of Brežice and Celje.
 * Every title carries {@link #SECRET}, the text no other centre may ever see.
 */
final class AttackFixtures implements AutoCloseable {

    static final String SECRET = "zqsecret";
    /** The smallest PNG: one transparent pixel. */
    private static final byte[] PIXEL = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    final long brezice;
    final long celje;
    /** A member centre neither test centre is, with office.admin as its steward. */
    final long third;
    long draftPractice;
    /** Brežice's own draft, for the practice form's attack. */
    long breziceDraft;
    /** A draft training, for the training editor's attack. */
    long draftTraining;
    /** A meeting of the third centre, for the minutes' attack. */
    long thirdMeeting;
    long submittedPractice;
    long draftPracticeFile;
    long submittedPracticeFile;
    long draftPlan;
    long draftNews;
    long draftQuestionnaire;
    long thirdOnlyQuestionnaire;
    long brezicePendingMeeting;
    long brezicePendingFollowUp;
    long celjePendingMeeting;
    long celjePendingFollowUp;

    /** Tables the form attack adds rows to, children first; rows past the highest id seen at the start go again. */
    private static final List<String> GROWING = List.of("survey_answer", "survey_response", "meeting_proposal", "follow_up",
            "training_session", "trainer", "centre_contact", "contact_log", "centre_change", "membership_fee", "person",
            "outbox_mail");
    /** The columns of a centre a form attack may change, put back afterwards. */
    private static final String CENTRE_COLUMNS = "name, email, phone, website, legal_name, registration_number, tax_number,"
            + " street, postcode, post_town, municipality, founded_year, member_since, uses_logbook, runs_hostel, hostel_beds,"
            + " steward_username, steward_name";

    private final Connection db;
    private final List<String> cleanup = new ArrayList<>();
    private final java.util.Map<String, Long> highest = new java.util.LinkedHashMap<>();
    private final java.util.Map<Long, List<String>> centres = new java.util.LinkedHashMap<>();

    AttackFixtures(Connection db) throws SQLException {
        this.db = db;
        brezice = number("select id from centre where alias = 'mc-brezice'");
        celje = number("select id from centre where alias = 'mc-celje'");
        third = number("select min(id) from centre where alias not in ('mc-brezice', 'mc-celje')"
                + " and membership_status = 'MEMBER' and steward_username = 'office.admin'");
        create();
        for (String table : GROWING) {
            highest.put(table, Math.max(0, number("select coalesce(max(id), 0) from " + table)));
        }
        for (long centre : List.of(brezice, third)) {
            centres.put(centre, rows("select " + CENTRE_COLUMNS + " from centre where id = ?", centre).get(0));
        }
    }

    /** Removes the rows the suite added past the start and puts the centres' changed columns back. */
    private void restore() throws SQLException {
        for (java.util.Map.Entry<String, Long> table : highest.entrySet()) {
            update("delete from " + table.getKey() + " where id > ?", table.getValue());
        }
        String[] columns = CENTRE_COLUMNS.split(",\\s*");
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.length() == 0 ? "" : ", ").append(column).append(" = ?");
        }
        for (java.util.Map.Entry<Long, List<String>> centre : centres.entrySet()) {
            List<Object> args = new ArrayList<>(centre.getValue());
            args.add(centre.getKey());
            update("update centre set " + set + " where id = ?", args.toArray());
        }
    }

    private void create() throws SQLException {
        removeLeftovers();
        draftPractice = insert("insert into practice (centre_id, title, summary, status) values (?, ?, ?, 'DRAFT')",
                third, "Osnutek prakse " + SECRET + "-draft", "Besedilo osnutka " + SECRET + "-draft-summary");
        submittedPractice = insert("insert into practice (centre_id, title, summary, status, submitted_at)"
                        + " values (?, ?, ?, 'SUBMITTED', current_timestamp(3))",
                third, "Oddana praksa " + SECRET + "-submitted", "Besedilo oddane " + SECRET + "-submitted-summary");
        breziceDraft = insert("insert into practice (centre_id, title, summary, status) values (?, 'Napadna praksa', 'Opis', 'DRAFT')",
                brezice);
        cleanup.add("delete from practice where id in (" + draftPractice + ", " + submittedPractice + ", " + breziceDraft + ")");
        draftTraining = insert("insert into training (training_year, title, target_groups, format, capacity, registration_deadline,"
                + " status) values (2099, 'Napadno usposabljanje', 'PROFESSIONAL', 'ON_SITE', 20, '2099-01-10', 'DRAFT')");
        cleanup.add(0, "delete from training where id = " + draftTraining);
        draftPracticeFile = file(draftPractice);
        submittedPracticeFile = file(submittedPractice);

        draftPlan = insert("insert into plan (plan_year, version_no, title, stage) values (2099, 1, ?, 'DRAFT')",
                "Osnutek načrta " + SECRET + "-plan");
        cleanup.add(0, "delete from plan where id = " + draftPlan);

        draftNews = insert("insert into news_issue (iso_year, iso_week, title, editorial, status, period_from, period_to)"
                        + " values (2099, 1, ?, ?, 'DRAFT', '2099-01-01', '2099-01-07')",
                "Osnutek novic " + SECRET + "-news", "Uvodnik " + SECRET + "-editorial");
        cleanup.add(0, "delete from news_issue where id = " + draftNews);

        LocalDate today = LocalDate.now();
        draftQuestionnaire = insert("insert into questionnaire (questionnaire_year, title, introduction, kind, respondent,"
                        + " audience, opens_on, closes_on, status) values (2099, ?, ?, 'NEEDS', 'CENTRE', 'ALL_MEMBERS', ?, ?, 'DRAFT')",
                "Osnutek vprašalnika " + SECRET + "-survey-draft", "Uvod " + SECRET + "-survey-intro",
                today.minusDays(1), today.plusDays(30));
        thirdOnlyQuestionnaire = insert("insert into questionnaire (questionnaire_year, title, introduction, kind, respondent,"
                        + " audience, opens_on, closes_on, status, sent_at) values (2099, ?, ?, 'NEEDS', 'CENTRE', 'CENTRES', ?, ?,"
                        + " 'SENT', current_timestamp(3))",
                "Vprašalnik za eno članico " + SECRET + "-survey-third", "Uvod " + SECRET + "-survey-third-intro",
                today.minusDays(1), today.plusDays(30));
        update("insert into questionnaire_centre (questionnaire_id, centre_id) values (?, ?)", thirdOnlyQuestionnaire, third);
        cleanup.add(0, "delete from questionnaire where id in (" + draftQuestionnaire + ", " + thirdOnlyQuestionnaire + ")");

        brezicePendingMeeting = meeting(brezice, "brezice");
        brezicePendingFollowUp = followUp(brezicePendingMeeting, brezice, "brezice");
        celjePendingMeeting = meeting(celje, "celje");
        thirdMeeting = meeting(third, "third");
        celjePendingFollowUp = followUp(celjePendingMeeting, celje, "celje");
        cleanup.add(0, "delete from follow_up where id in (" + brezicePendingFollowUp + ", " + celjePendingFollowUp + ")");
        cleanup.add(1, "delete from meeting where id in (" + brezicePendingMeeting + ", " + celjePendingMeeting + ", "
                + thirdMeeting + ")");
    }

    /** What a run that was stopped half way (a killed stack, an external portal) left behind. */
    private void removeLeftovers() throws SQLException {
        String marked = "%" + SECRET + "%";
        update("delete from follow_up where task like ?", marked);
        update("delete from follow_up where meeting_id in (select id from meeting where steward_name like ?)", marked);
        update("delete from meeting_proposal where meeting_id in (select id from meeting where steward_name like ?)", marked);
        update("delete from meeting where steward_name like ?", marked);
        update("delete from practice where title like ? or title = 'Napadna praksa'", marked);
        update("delete from training_session where training_id in (select id from training where training_year = 2099)");
        update("delete from trainer where training_id in (select id from training where training_year = 2099)");
        update("delete from training where training_year = 2099");
        update("delete from plan where plan_year = 2099");
        update("delete from news_issue where iso_year = 2099");
        update("delete from questionnaire where questionnaire_year = 2099");
        update("delete from membership_fee where fee_year = 2099");
    }

    private long file(long practice) throws SQLException {
        return insert("insert into practice_attachment (centre_id, practice_id, file_name, content_type, size_bytes, content)"
                + " values (?, ?, ?, 'image/png', ?, ?)", third, practice, SECRET + "-" + practice + ".png", PIXEL.length, PIXEL);
    }

    private long meeting(long centre, String name) throws SQLException {
        return insert("insert into meeting (centre_id, planned_on, held_on, format, status, situation, internal_note,"
                        + " steward_username, steward_name) values (?, ?, ?, 'ON_SITE', 'HELD', ?, ?,"
                        + " 'office.steward', 'Skrbnik " + SECRET + "')",
                centre, LocalDate.now().minusDays(1), LocalDate.now().minusDays(1), "Zapisnik " + SECRET + "-minutes-" + name, "Notranji zapis " + SECRET + "-internal-" + name);
    }

    private long followUp(long meeting, long centre, String name) throws SQLException {
        return insert("insert into follow_up (meeting_id, centre_id, position, task, owner_side) values (?, ?, 0, ?, 'CENTRE')",
                meeting, centre, "Naloga " + SECRET + "-task-" + name);
    }

    long number(String sql, Object... args) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    String text(String sql, Object... args) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Every row of {@code sql}, each as its columns' values as text. */
    List<List<String>> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                List<List<String>> result = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rows.getString(i));
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    /** The first column of every row of {@code sql}. */
    List<String> column(String sql, Object... args) throws SQLException {
        return rows(sql, args).stream().map(row -> row.get(0)).toList();
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        }
    }

    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, args);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof LocalDate date) {
                statement.setObject(i + 1, java.sql.Date.valueOf(date));
            } else {
                statement.setObject(i + 1, arg);
            }
        }
    }

    /** Removes what {@link #create()} added (newest first) and whatever the suite stored with its markers. */
    @Override
    public void close() throws SQLException {
        restore();
        for (String sql : cleanup) {
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate(sql);
            }
        }
        db.close();
    }
}
