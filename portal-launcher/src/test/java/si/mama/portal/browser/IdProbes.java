package si.mama.portal.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page and download that takes an id, opened by every role with the ids of records that role may not read:
 * the answer is a 403 or 404 page (or, signed out, the way to the sign-in), and the body holds none of the record's
 * identifying text. Pages a role may open are read for other centres' data that must never be on them.
 */
final class IdProbes {

    /** The roles and what kind of caller each is. */
    enum Kind { OFFICE, CENTRE, UNLINKED, SIGNED_OUT }

    record Caller(PortalSession session, Kind kind, long centre, boolean admin) {
        boolean office() {
            return kind == Kind.OFFICE;
        }

        boolean inCentre() {
            return kind == Kind.CENTRE;
        }
    }

    private final List<Caller> callers;
    private final AttackFixtures db;
    private final AttackLedger ledger;

    IdProbes(List<Caller> callers, AttackFixtures db, AttackLedger ledger) {
        this.callers = callers;
        this.db = db;
        this.ledger = ledger;
    }

    void run() throws SQLException {
        officePages();
        centrePages();
        practices();
        questionnaires();
        plansAndNews();
        trainings();
        ownPagesShowNoOtherCentre();
        publicCodes();
    }

    /** The office's pages and downloads, for every id: closed to centres, the unlinked and the signed out. */
    private void officePages() throws SQLException {
        List<String> meetings = db.column("select id from meeting order by id");
        List<String> centres = db.column("select id from centre order by id");
        List<String> trainings = db.column("select id from training order by id");
        List<String> questionnaires = db.column("select id from questionnaire order by id");
        List<String> plans = db.column("select id from plan order by id");
        List<String> issues = db.column("select id from news_issue order by id");
        List<String> paths = new ArrayList<>();
        sample(centres).forEach(id -> paths.add("/office/centre?id=" + id));
        meetings.forEach(id -> paths.add("/office/meeting?id=" + id));
        for (String id : trainings) {
            paths.add("/office/training?id=" + id);
            paths.add("/office/attendance?training=" + id);
            paths.add("/office/attendance/export?format=csv&training=" + id);
            paths.add("/office/attendance/export?format=xlsx&training=" + id);
        }
        for (String id : questionnaires) {
            paths.add("/office/survey?id=" + id);
            paths.add("/office/survey-preview?id=" + id);
            paths.add("/office/survey-results?id=" + id);
            paths.add("/office/survey/export?format=csv&id=" + id);
            paths.add("/office/survey/export?format=pdf&id=" + id);
        }
        for (String id : plans) {
            paths.add("/office/plan?id=" + id);
            paths.add("/office/plan/export?format=pdf&id=" + id);
            paths.add("/office/plan-diff?older=" + plans.get(0) + "&newer=" + id);
        }
        issues.forEach(id -> paths.add("/office/news-issue?id=" + id));
        paths.addAll(List.of("/office/proposals/export?year=2021&format=xlsx", "/office/fees/export?year=2025",
                "/office/fees?year=2025", "/office/coverage?year=2021", "/office/mail", "/office/accounts",
                "/office/stewardship", "/office/centres"));
        Set<String> secrets = new LinkedHashSet<>(db.column("select email from person where email is not null limit 40"));
        secrets.addAll(db.column("select left(internal_note, 40) from meeting where internal_note is not null"));
        secrets.add(AttackFixtures.SECRET);
        for (Caller caller : callers) {
            if (!caller.office()) {
                paths.forEach(path -> deny(caller, path, secrets, "office page"));
            }
        }
    }

    /** The centres' own pages, closed to the office and the unlinked (who have no centre to show). */
    private void centrePages() throws SQLException {
        List<String> paths = new ArrayList<>(List.of("/centre/index", "/centre/record", "/academy/record"));
        db.column("select id from questionnaire order by id").forEach(id -> {
            paths.add("/surveys/answer?id=" + id);
            paths.add("/surveys/results?id=" + id);
        });
        Set<String> secrets = Set.of(AttackFixtures.SECRET);
        for (Caller caller : callers) {
            if (!caller.inCentre()) {
                paths.forEach(path -> deny(caller, path, secrets, "centre page"));
            }
        }
    }

    /**
     * Practices and their files by id, on the members' and the public pages, as every role: a draft never leaves its
     * centre, a submitted one reaches the office only, a members' one no visitor; and only its own centre edits one.
     */
    private void practices() throws SQLException {
        List<List<String>> practices = db.rows("select id, centre_id, status, public_visible, title from practice order by id");
        List<List<String>> files = db.rows("select id, practice_id from practice_attachment order by id");
        for (List<String> practice : practices) {
            long id = Long.parseLong(practice.get(0));
            long centre = Long.parseLong(practice.get(1));
            String status = practice.get(2);
            boolean shownPublicly = status.equals("PUBLISHED") && practice.get(3).equals("1");
            Set<String> secrets = Set.of(practice.get(4));
            List<String> ownFiles = files.stream().filter(file -> file.get(1).equals(practice.get(0))).map(file -> file.get(0)).toList();
            List<String> otherFiles = files.stream().filter(file -> !file.get(1).equals(practice.get(0))).map(file -> file.get(0)).toList();
            for (Caller caller : callers) {
                boolean members = mayRead(caller, centre, status, shownPublicly);
                boolean ownEditable = caller.inCentre() && caller.centre() == centre;
                if (!members) {
                    deny(caller, "/practices/view?id=" + id, secrets, "practice " + status);
                    ownFiles.forEach(file -> deny(caller, "/practices/file?practice=" + id + "&file=" + file, secrets,
                            "file of a practice " + status));
                }
                if (!members && !shownPublicly) {
                    deny(caller, "/public/practices/view?id=" + id, secrets, "practice " + status + " on the public page");
                    ownFiles.forEach(file -> deny(caller, "/public/practices/file?practice=" + id + "&file=" + file, secrets,
                            "file of a practice " + status + " on the public page"));
                }
                if (!ownEditable) {
                    deny(caller, "/practices/edit?id=" + id, secrets, "another centre's practice to edit");
                }
                // a readable practice's id with another practice's file id
                otherFiles.forEach(file -> deny(caller, "/practices/file?practice=" + id + "&file=" + file, Set.of(),
                        "a file through another practice"));
            }
        }
    }

    private static boolean mayRead(Caller caller, long centre, String status, boolean shownPublicly) {
        return switch (caller.kind()) {
            case OFFICE -> !status.equals("DRAFT");
            case CENTRE -> status.equals("PUBLISHED") || caller.centre() == centre;
            case UNLINKED -> shownPublicly;
            case SIGNED_OUT -> false; // the members' pages send a visitor to sign in
        };
    }

    /**
     * Questionnaires a centre was not asked or that are drafts, by id; on those it was asked, no other centre's answers,
     * and on results, no other centre named beside an open answer unless the office published them.
     */
    private void questionnaires() throws SQLException {
        for (Caller caller : callers) {
            if (!caller.inCentre()) {
                continue;
            }
            Set<String> hidden = Set.of("Osnutek vprašalnika " + AttackFixtures.SECRET,
                    AttackFixtures.SECRET + "-survey-draft", AttackFixtures.SECRET + "-survey-third");
            for (long id : List.of(db.draftQuestionnaire, db.thirdOnlyQuestionnaire)) {
                deny(caller, "/surveys/answer?id=" + id, hidden, "questionnaire not sent to the centre");
                deny(caller, "/surveys/results?id=" + id, hidden, "results of a questionnaire not sent to the centre");
            }
            for (List<String> questionnaire : db.rows("select id, anonymous, answers_published from questionnaire"
                    + " where status = 'SENT' and audience = 'ALL_MEMBERS'")) {
                String id = questionnaire.get(0);
                Set<String> own = new HashSet<>(db.column("select a.value_text from survey_answer a join survey_response r"
                        + " on r.id = a.response_id where r.questionnaire_id = ? and r.centre_id = ?", id, caller.centre()));
                own.addAll(db.column("select text from survey_question where questionnaire_id = ?", id));
                own.addAll(db.column("select choices from survey_question where questionnaire_id = ? and choices is not null", id));
                Set<String> foreign = new LinkedHashSet<>();
                for (String text : db.column("select coalesce(a.other_text, a.value_text) from survey_answer a"
                        + " join survey_response r on r.id = a.response_id join survey_question q on q.id = a.question_id"
                        + " where r.questionnaire_id = ? and r.centre_id <> ? and (q.question_type like '%TEXT' or a.other_text is not null)",
                        id, caller.centre())) {
                    if (text != null && text.length() >= 8 && own.stream().noneMatch(mine -> mine != null && mine.contains(text))) {
                        foreign.add(text.length() > 60 ? text.substring(0, 60) : text);
                    }
                }
                allowed(caller, "/surveys/answer?id=" + id, foreign, "the answer page of a shared questionnaire");
                boolean named = questionnaire.get(1).equals("0") && questionnaire.get(2).equals("1");
                if (!named) {
                    Set<String> attributions = new LinkedHashSet<>();
                    db.column("select distinct c.name from survey_response r join centre c on c.id = r.centre_id"
                            + " where r.questionnaire_id = ? and r.centre_id <> ?", id, caller.centre())
                            .forEach(name -> attributions.add("— " + name));
                    db.column("select distinct concat(p.first_name, ' ', p.last_name) from survey_response r join person p"
                            + " on p.id = r.person_id where r.questionnaire_id = ? and r.centre_id <> ?", id, caller.centre())
                            .forEach(name -> attributions.add("— " + name));
                    allowed(caller, "/surveys/results?id=" + id, attributions, "results without respondents' names");
                }
            }
        }
    }

    /** A draft plan and a draft news issue, by year, version and id: members and visitors read only what is published. */
    private void plansAndNews() throws SQLException {
        Set<String> planSecret = Set.of(AttackFixtures.SECRET + "-plan");
        Set<String> newsSecret = Set.of(AttackFixtures.SECRET + "-news", AttackFixtures.SECRET + "-editorial");
        for (Caller caller : callers) {
            for (String path : List.of("/public/plan?year=2099", "/public/plan?year=2099&version=1",
                    "/public/plan/export?format=pdf&year=2099&version=1", "/public/plan/export?format=docx&year=2099")) {
                deny(caller, path, planSecret, "a draft plan on the public pages");
            }
            if (!caller.office()) {
                for (String path : List.of("/plan/index?year=2099", "/plan/index?year=2099&version=1", "/plan/progress?year=2099")) {
                    deny(caller, path, planSecret, "a draft plan");
                }
            }
            deny(caller, "/news/issue?id=" + db.draftNews, newsSecret, "a news issue not sent");
        }
    }

    /** A training's page shows its registrations of the caller's centre only; the training record likewise. */
    private void trainings() throws SQLException {
        for (Caller caller : callers) {
            if (!caller.inCentre()) {
                continue;
            }
            Set<String> own = new HashSet<>(db.column("select concat(first_name, ' ', last_name) from person where centre_id = ?",
                    caller.centre()));
            for (String training : db.column("select id from training order by id")) {
                Set<String> foreign = new LinkedHashSet<>();
                db.column("select concat(p.first_name, ' ', p.last_name) from registration r join person p on p.id = r.person_id"
                        + " where r.training_id = ? and r.centre_id <> ?", training, caller.centre()).stream()
                        .filter(name -> !own.contains(name)).forEach(foreign::add);
                allowed(caller, "/academy/training?id=" + training, foreign, "a training's page");
            }
            Set<String> registered = new LinkedHashSet<>();
            db.column("select distinct concat(p.first_name, ' ', p.last_name) from registration r join person p"
                    + " on p.id = r.person_id where r.centre_id <> ?", caller.centre()).stream()
                    .filter(name -> !own.contains(name)).forEach(registered::add);
            allowed(caller, "/academy/record", registered, "the centre's training record");
        }
    }

    /**
     * A centre's own pages: no other centre's people, contacts or minutes, and no meeting's internal note, not even of
     * the centre's own meetings.
     */
    private void ownPagesShowNoOtherCentre() throws SQLException {
        for (Caller caller : callers) {
            if (!caller.inCentre()) {
                continue;
            }
            Set<String> secrets = new LinkedHashSet<>(db.column("select email from person where centre_id <> ?", caller.centre()));
            secrets.addAll(db.column("select email from centre_contact where centre_id <> ? and email is not null", caller.centre()));
            secrets.addAll(db.column("select left(internal_note, 50) from meeting where internal_note is not null"));
            secrets.addAll(db.column("select left(situation, 50) from meeting where centre_id <> ? and situation is not null"
                    + " and left(situation, 50) not in (select left(situation, 50) from meeting where centre_id = ? and situation is not null)",
                    caller.centre(), caller.centre()));
            secrets.addAll(db.column("select left(task, 50) from follow_up where centre_id <> ?"
                    + " and left(task, 50) not in (select left(task, 50) from follow_up where centre_id = ?)", caller.centre(), caller.centre()));
            for (String path : List.of("/centre/index", "/centre/record", "/academy/index", "/surveys/index", "/practices/index",
                    "/news/index", "/plan/index", "/index")) {
                allowed(caller, path, secrets, "the centre's own page");
            }
        }
    }

    /** Codes and tokens a visitor may try: unknown ones are simply not found, and hostile ones break nothing. */
    private void publicCodes() throws SQLException {
        List<String> subscribers = db.column("select email from news_subscription");
        List<String> codes = List.of("1", "0", "-1", "AAAAAAAAAAAAAAAA", "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1%20--",
                "%3Cscript%3Ezq%3C%2Fscript%3E", "x".repeat(300), "%00", "%E2%80%AE");
        for (Caller caller : callers) {
            for (String code : codes) {
                certificateInvalid(caller, "/public/certificates/" + code);
                deny(caller, "/public/certificates/" + code + ".pdf", Set.of(), "an unknown certificate's PDF");
                notFoundOrAsked(caller, "/public/news/unsubscribe?token=" + code, subscribers);
            }
            for (String bad : List.of("abc", "-1", "0", "99999999999999999999", "1e3", "%27", "1%20OR%201%3D1", "")) {
                for (String page : List.of("/practices/view?id=", "/public/practices/view?id=", "/news/issue?id=",
                        "/academy/training?id=", "/public/practices/file?file=1&practice=")) {
                    deny(caller, page + bad, Set.of(), "a malformed id");
                }
            }
        }
    }

    /** An unknown unsubscribe token: a page that says so (or asks), never a 500 or a subscriber's address. */
    private void notFoundOrAsked(Caller caller, String path, Collection<String> subscribers) {
        PortalSession.Reply reply = caller.session().get(path);
        String leaked = leaked(reply, subscribers);
        ledger.check(AttackLedger.PROBES, reply.status() < 500 && !reply.body().contains("status-500") && leaked == null,
                caller.session() + " " + reply + ": an unknown unsubscribe token" + (leaked == null ? "" : " shows " + leaked));
    }

    /** An unknown certificate code: the check page (where the address leads) says it is not valid. */
    private void certificateInvalid(Caller caller, String path) {
        PortalSession.Reply reply = caller.session().get(path);
        String location = reply.header("Location");
        if (reply.status() == 301 && location != null && location.startsWith(caller.session().baseUrl())) {
            reply = caller.session().get(location);
        }
        boolean refused = reply.status() == 404 || reply.status() == 400 || reply.body().contains("certificateInvalid")
                || (caller.kind() == Kind.SIGNED_OUT && signInRedirect(reply)); // ../ leaves /public: sign in first
        ledger.check(AttackLedger.PROBES, reply.status() < 500 && refused,
                caller.session() + " " + reply + ": an unknown certificate code is not shown as valid");
    }

    /**
     * Opens {@code path}, which {@code caller} may not read: a 403/404 (a 400 for an address the server will not read,
     * the way to sign in for a visitor) with none of the secrets.
     */
    void deny(Caller caller, String path, Collection<String> secrets, String what) {
        PortalSession.Reply reply = caller.session().get(path);
        boolean denied = reply.status() == 403 || reply.status() == 404 || reply.status() == 400
                || (caller.kind() == Kind.SIGNED_OUT && reply.status() == 302 && signInRedirect(reply));
        String leaked = leaked(reply, secrets);
        ledger.check(AttackLedger.PROBES, denied && leaked == null, caller.session() + " " + reply + " (" + what + ")"
                + (denied ? "" : " was not refused") + (leaked == null ? "" : " and shows \"" + leaked + "\""));
    }

    /** Opens {@code path}, which {@code caller} may read: no server error, and none of the secrets. */
    void allowed(Caller caller, String path, Collection<String> secrets, String what) {
        PortalSession.Reply reply = caller.session().get(path);
        String leaked = leaked(reply, secrets);
        boolean fine = reply.status() < 500 && !reply.body().contains("id=\"status-500\"");
        ledger.check(AttackLedger.PROBES, fine && leaked == null, caller.session() + " " + reply + " (" + what + ")"
                + (fine ? "" : " failed") + (leaked == null ? "" : " shows another centre's \"" + leaked + "\""));
    }

    static boolean signInRedirect(PortalSession.Reply reply) {
        String location = reply.header("Location");
        return location != null && location.contains("/protocol/openid-connect/auth");
    }

    private static String leaked(PortalSession.Reply reply, Collection<String> secrets) {
        if (secrets.isEmpty()) {
            return null;
        }
        String body = reply.body();
        String decoded = org.jsoup.parser.Parser.unescapeEntities(body, false);
        return secrets.stream().filter(secret -> secret != null && !secret.isBlank())
                .filter(secret -> body.contains(secret) || decoded.contains(secret)).findFirst().orElse(null);
    }

    /** A few ids of a long list: the first, the last and some between. */
    private static List<String> sample(List<String> ids) {
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 6)) {
            sample.add(ids.get(i));
        }
        if (!ids.isEmpty() && !sample.contains(ids.get(ids.size() - 1))) {
            sample.add(ids.get(ids.size() - 1));
        }
        return sample;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, Kind> kinds() {
        return Map.of("office.admin", Kind.OFFICE, "office.steward", Kind.OFFICE, "brezice.admin", Kind.CENTRE,
                "brezice.staff", Kind.CENTRE, "celje.admin", Kind.CENTRE, "nocentre.user", Kind.UNLINKED,
                "signed-out", Kind.SIGNED_OUT);
    }
}
