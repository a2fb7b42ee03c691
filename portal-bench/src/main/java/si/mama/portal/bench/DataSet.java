package si.mama.portal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated data set, loaded by SQL straight into MariaDB (its sequence engine numbers the rows): on top of
 * the demo data, member centres up to the size asked for, 20 people per centre, two trainings per centre spread over
 * the last twenty years (100 seats each, all taken) and 100 confirmed registrations per training: at 5,000 centres
 * that is 100,000 people and 1,000,000 registrations. Growing from a smaller size adds only the difference.
 */
final class DataSet {

    static final int PEOPLE_PER_CENTRE = 20;
    static final int TRAININGS_PER_CENTRE = 2;
    static final int REGISTRATIONS_PER_TRAINING = 100;
    static final long PERSON_BASE = 10_000_000L;
    static final long TRAINING_BASE = 10_000_000L;
    private static final int YEARS = 20;
    /** Below the generated trainings' ids, so growing later never meets it. */
    private static final long RUSH_TRAINING = 9_000_001L;
    private static final String[] REGIONS = {"POMURSKA", "PODRAVSKA", "KOROSKA", "SAVINJSKA", "ZASAVSKA", "POSAVSKA",
            "JUGOVZHODNA_SLOVENIJA", "OSREDNJESLOVENSKA", "GORENJSKA", "PRIMORSKO_NOTRANJSKA", "GORISKA", "OBALNO_KRASKA"};

    private final Connection db;
    private int centres;

    DataSet(Connection db) throws SQLException {
        this.db = db;
        this.centres = number("select count(*) from centre");
        execute("create table if not exists bench_centre (idx int primary key, centre_id bigint not null)");
    }

    int centres() {
        return centres;
    }

    /** Grows to {@code target} centres (and the people, trainings and registrations that go with them). */
    void growTo(int target) throws SQLException {
        int before = centres;
        int generatedBefore = number("select count(*) from bench_centre");
        execute("set session foreign_key_checks = 0", "set session unique_checks = 0");
        try {
            if (target > before) {
                execute("insert into centre (alias, name, municipality, region, membership_status, email, version)"
                        + " select concat('bench-', seq), concat('Mladinski center Bench ', seq), concat('Občina ', 1 + seq mod 212),"
                        + " elt(1 + seq mod 12, " + quoted(REGIONS) + "), 'MEMBER', concat('info@bench-', seq, '.example.org'), 0"
                        + " from seq_" + (before + 1) + "_to_" + target);
            }
            // every centre, demo ones first, numbered 1..n: the people of centre i are the generated persons 20(i-1)..20i-1
            long numbered = number("select coalesce(max(centre_id), 0) from bench_centre");
            execute("insert into bench_centre (idx, centre_id) select " + generatedBefore + " + row_number() over (order by id), id"
                    + " from centre where id > " + numbered);
            int all = number("select count(*) from bench_centre");
            int peopleFrom = generatedBefore * PEOPLE_PER_CENTRE;
            int peopleTo = all * PEOPLE_PER_CENTRE - 1;
            if (peopleTo >= peopleFrom) {
                execute("insert into person (id, centre_id, first_name, last_name, email, position, employment_type, language,"
                        + " active, version) select " + PERSON_BASE + " + s.seq, c.centre_id,"
                        + " elt(1 + s.seq mod 8, 'Ana', 'Luka', 'Maja', 'Nejc', 'Eva', 'Jan', 'Sara', 'Tim'),"
                        + " concat('Klopčič ', s.seq), concat('oseba', s.seq, '@bench.example.org'), 'mladinski delavec',"
                        + " elt(1 + s.seq mod 4, 'PROFESSIONAL', 'VOLUNTEER', 'NEW_HIRE', 'PROFESSIONAL'), 'sl', true, 0"
                        + " from seq_" + peopleFrom + "_to_" + peopleTo + " s join bench_centre c on c.idx = s.seq div "
                        + PEOPLE_PER_CENTRE + " + 1");
            }
            int people = all * PEOPLE_PER_CENTRE;
            int trainingsFrom = generatedBefore * TRAININGS_PER_CENTRE;
            int trainingsTo = all * TRAININGS_PER_CENTRE - 1;
            int thisYear = LocalDate.now().getYear();
            if (trainingsTo >= trainingsFrom) {
                execute("insert into training (id, training_year, title, description, topic, target_groups, format, location,"
                        + " capacity, registration_deadline, status, seats_taken, waitlist_length, version)"
                        + " select " + TRAINING_BASE + " + seq, " + (thisYear - YEARS + 1) + " + seq mod " + YEARS + ","
                        + " concat('Usposabljanje ', seq), 'Generirano usposabljanje za meritev zmogljivosti.',"
                        + " elt(1 + seq mod 5, 'Mladinsko delo', 'Vodenje', 'Komuniciranje', 'Prostovoljstvo', 'Projekti'),"
                        + " 'PROFESSIONAL,VOLUNTEER,NEW_HIRE', 'ON_SITE', 'Ljubljana', " + REGISTRATIONS_PER_TRAINING + ","
                        + " makedate(" + (thisYear - YEARS + 1) + " + seq mod " + YEARS + ", 1 + seq mod 360),"
                        + " if(" + (thisYear - YEARS + 1) + " + seq mod " + YEARS + " < " + thisYear + ", 'COMPLETED', 'PUBLISHED'),"
                        + " " + REGISTRATIONS_PER_TRAINING + ", 0, 0"
                        + " from seq_" + trainingsFrom + "_to_" + trainingsTo);
                // in slices of 1,000 trainings (100,000 rows), each its own transaction
                for (int from = trainingsFrom; from <= trainingsTo; from += 1000) {
                    int to = Math.min(trainingsTo, from + 999);
                    execute("insert into registration (centre_id, training_id, person_id, status, registered_by, registered_at, version)"
                            + " select p.centre_id, " + TRAINING_BASE + " + t.seq, p.id, 'CONFIRMED', 'bench',"
                            + " timestamp(makedate(" + (thisYear - YEARS + 1) + " + t.seq mod " + YEARS + ", 1 + t.seq mod 360)) - interval 20 day, 0"
                            + " from seq_" + from + "_to_" + to + " t join seq_1_to_" + REGISTRATIONS_PER_TRAINING + " k"
                            + " join person p on p.id = " + PERSON_BASE + " + mod(t.seq * 37 + k.seq * 1009, " + people + ")");
                }
            }
        } finally {
            execute("set session foreign_key_checks = 1", "set session unique_checks = 1");
        }
        centres = number("select count(*) from centre");
        execute("analyze table centre, person, training, registration");
    }

    /** Row counts of the tables that grow, for the report. */
    Map<String, Integer> counts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of("centre", "person", "training", "registration")) {
            counts.put(table, number("select count(*) from " + table));
        }
        return counts;
    }

    /**
     * The aliases of {@code n} centres that are not generated (the demo ones, which have Keycloak organizations),
     * members first: a centre that left or is a candidate does not see every page a member does.
     */
    List<String> firstCentreAliases(int n) throws SQLException {
        List<String> aliases = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select alias from centre where alias not like 'bench-%'"
                     + " order by membership_status = 'MEMBER' desc, id limit " + n)) {
            while (rows.next()) {
                aliases.add(rows.getString(1));
            }
        }
        return aliases;
    }

    /** A published 30-seat training open for registration, for the rush. */
    long rushTraining(int seats) throws SQLException {
        int thisYear = LocalDate.now().getYear();
        // a run on kept data starts the rush afresh
        execute("delete from registration where training_id = " + RUSH_TRAINING,
                "delete from training_session where training_id = " + RUSH_TRAINING,
                "delete from training where id = " + RUSH_TRAINING);
        execute("insert into training (id, training_year, title, description, topic, target_groups, format, location, capacity,"
                + " registration_deadline, status, seats_taken, waitlist_length, version) values (" + RUSH_TRAINING + ", " + thisYear + ","
                + " 'Naval prijav (meritev)', 'Usposabljanje, na katerega se hkrati prijavlja veliko centrov.', 'Meritev',"
                + " 'PROFESSIONAL,VOLUNTEER,NEW_HIRE,DIRECTOR', 'ON_SITE', 'Ljubljana', " + seats + ", curdate() + interval 30 day,"
                + " 'PUBLISHED', 0, 0, 0)");
        long id = RUSH_TRAINING;
        execute("insert into training_session (training_id, session_date, starts_at, ends_at, hours) values (" + id
                + ", curdate() + interval 40 day, '09:00', '15:00', 6.00)");
        return id;
    }

    /** Generated people of a centre (by alias), in id order. */
    List<Long> peopleOf(String alias, int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select p.id from person p join centre c on c.id = p.centre_id"
                + " where c.alias = ? and p.id >= " + PERSON_BASE + " order by p.id limit " + n)) {
            query.setString(1, alias);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** How many registrations of a training have each status. */
    Map<String, Integer> statuses(long trainingId) throws SQLException {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select status, count(*) from registration where training_id = "
                     + trainingId + " group by status order by status")) {
            while (rows.next()) {
                statuses.put(rows.getString(1), rows.getInt(2));
            }
        }
        return statuses;
    }

    private int number(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void execute(String... sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static String quoted(String[] values) {
        return String.join(", ", Arrays.stream(values).map(value -> "'" + value + "'").toList());
    }
}
