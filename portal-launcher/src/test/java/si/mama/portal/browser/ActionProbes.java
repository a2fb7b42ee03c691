package si.mama.portal.browser;

import org.jsoup.nodes.Element;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Faces actions that take an id as a request parameter (the staff table's {@code personId}, a training's
 * {@code registrationId}, the meetings card's {@code meetingId} and {@code followUpId}), fired from the caller's own
 * page with the id of another centre's record: the record in the database is the same before and after, and the
 * response shows none of it. A steward's postback to the minutes of a centre that is not theirs changes nothing either.
 */
final class ActionProbes {

    private final Map<String, PortalSession> sessions;
    private final AttackFixtures db;
    private final AttackLedger ledger;

    ActionProbes(Map<String, PortalSession> sessions, AttackFixtures db, AttackLedger ledger) {
        this.sessions = sessions;
        this.db = db;
        this.ledger = ledger;
    }

    void run() throws SQLException {
        staffActions("brezice.admin", db.celje);
        staffActions("celje.admin", db.brezice);
        registrationActions("brezice.admin", db.celje);
        meetingActions("brezice.admin", db.celjePendingMeeting, db.celjePendingFollowUp);
        meetingActions("celje.admin", db.brezicePendingMeeting, db.brezicePendingFollowUp);
        stewardMinutesOfAnotherStewardsCentre();
    }

    /** Every row action of the staff table (edit, deactivate, invite, send again, turn off) with another centre's person. */
    private void staffActions(String role, long foreignCentre) throws SQLException {
        List<List<String>> foreign = db.rows("select id, first_name, last_name, email from person where centre_id = ?"
                + " and active = true order by id", foreignCentre);
        for (String action : List.of("edit-person", "deactivate-person", "invite-person", "resend-invitation", "disable-account",
                "enable-account")) {
            for (List<String> person : foreign.subList(0, Math.min(2, foreign.size()))) {
                String state = "select active, first_name, last_name, email, position, version, updated_at from person where id = ?";
                probe(role, "/centre/index", "#staffForm ." + action, "personId", person.get(0), state, List.of(person.get(3),
                        person.get(1) + " " + person.get(2)), "staff action " + action + " on another centre's person");
            }
        }
    }

    /** Cancelling a registration from a training's page, with another centre's registration. */
    private void registrationActions(String role, long foreignCentre) throws SQLException {
        for (String training : db.column("select distinct r.training_id from registration r join training t on t.id = r.training_id"
                + " where t.status = 'PUBLISHED' and r.status in ('CONFIRMED', 'WAITLISTED') and r.centre_id = ?"
                + " and t.registration_deadline >= current_date", role.startsWith("brezice") ? db.brezice : db.celje)) {
            String path = "/academy/training?id=" + training;
            if (FacesPage.open(sessions.get(role), path).document().select("#registrationsForm .cancel-registration").isEmpty()) {
                continue;
            }
            for (List<String> registration : db.rows("select r.id, concat(p.first_name, ' ', p.last_name) from registration r"
                    + " join person p on p.id = r.person_id where r.centre_id = ? and r.status in ('CONFIRMED', 'WAITLISTED')"
                    + " order by r.id limit 3", foreignCentre)) {
                probe(role, path, "#registrationsForm .cancel-registration", "registrationId", registration.get(0),
                        "select status, waitlist_position, cancelled_at, version from registration where id = ?",
                        List.of(registration.get(1)), "cancelling another centre's registration");
            }
            return;
        }
        ledger.note(AttackLedger.PROBES, role + " had no registration to cancel: registration actions not probed");
    }

    /** Confirming minutes and marking a follow-up done on the centre home, with another centre's meeting and follow-up. */
    private void meetingActions(String role, long foreignMeeting, long foreignFollowUp) throws SQLException {
        FacesPage page = FacesPage.open(sessions.get(role), "/centre/index");
        boolean confirm = !page.document().select("#meetingsForm .confirm-minutes").isEmpty();
        boolean done = !page.document().select("#meetingsForm .follow-up-done").isEmpty();
        ledger.check(AttackLedger.PROBES, confirm && done, role
                + ": the meetings card offers no confirmation or follow-up to probe with");
        if (confirm) {
            probe(role, "/centre/index", "#meetingsForm .confirm-minutes", "meetingId", Long.toString(foreignMeeting),
                    "select confirmed_at, confirmed_by, version from meeting where id = ?", List.of(AttackFixtures.SECRET),
                    "confirming another centre's minutes");
        }
        if (done) {
            probe(role, "/centre/index", "#meetingsForm .follow-up-done", "followUpId", Long.toString(foreignFollowUp),
                    "select done_at, done_by from follow_up where id = ?", List.of(AttackFixtures.SECRET),
                    "marking another centre's follow-up done");
        }
    }

    /** The steward of the east opens a western centre's meeting and posts its minutes: nothing is saved. */
    private void stewardMinutesOfAnotherStewardsCentre() throws SQLException {
        PortalSession steward = sessions.get("office.steward");
        String meeting = Long.toString(db.thirdMeeting);
        String state = "select situation, needs, shared_notes, internal_note, held_on, version from meeting where id = ?";
        List<List<String>> before = db.rows(state, meeting);
        FacesPage page = FacesPage.open(steward, "/office/meeting?id=" + meeting);
        FacesPage.AjaxCall save = page.findCall("minutesForm:saveMinutes")
                .orElse(new FacesPage.AjaxCall("minutesForm:saveMinutes", "minutesForm", "minutesForm", "minutesForm", null, Map.of()));
        PortalSession.Reply reply = page.fire(save, Map.of("minutesForm", "minutesForm", "minutesForm:situation", "Prepisano",
                "minutesForm:internalNote", "Prepisano"), Map.of());
        List<List<String>> after = db.rows(state, meeting);
        ledger.check(AttackLedger.PROBES, before.equals(after) && serverFine(reply), "office.steward " + reply
                + ": minutes of a centre the steward does not look after" + (before.equals(after) ? "" : " were changed"));
    }

    /**
     * Opens {@code path} and fires its first button matching {@code selector} with {@code param} set to {@code foreignId}
     * (a page without such a button has nothing to probe): the row {@code stateSql} reads is the same after, and the
     * response shows none of {@code secrets}.
     */
    private void probe(String role, String path, String selector, String param, String foreignId, String stateSql,
                       List<String> secrets, String what) throws SQLException {
        FacesPage page = FacesPage.open(sessions.get(role), path);
        Optional<Element> button = page.document().select(selector).stream().findFirst();
        if (button.isEmpty()) {
            return;
        }
        List<List<String>> before = db.rows(stateSql, foreignId);
        PortalSession.Reply reply = page.fire(page.callOf(button.get().id()).withParam(param, foreignId), Map.of(), Map.of());
        List<List<String>> after = db.rows(stateSql, foreignId);
        String body = org.jsoup.parser.Parser.unescapeEntities(reply.body(), false);
        String leaked = secrets.stream().filter(secret -> secret != null && body.contains(secret)).findFirst().orElse(null);
        ledger.check(AttackLedger.PROBES, before.equals(after) && leaked == null && serverFine(reply),
                role + " " + reply + " " + param + "=" + foreignId + " (" + what + ")"
                        + (before.equals(after) ? "" : ": changed " + before + " -> " + after)
                        + (leaked == null ? "" : ": shows \"" + leaked + "\"")
                        + (serverFine(reply) ? "" : ": server error"));
    }

    private static boolean serverFine(PortalSession.Reply reply) {
        return reply.status() < 500 && !reply.body().contains("id=\"status-500\"");
    }
}
