package si.mama.portal.browser;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Postbacks that would change something, sent the way a forged cross-site request would arrive: with no view state,
 * with a made-up one, and with a real view state of another user's session. Each changes nothing in the database and
 * breaks nothing. What protects them: Faces keeps the view on the server (state saving {@code server}) and the view
 * state names it with a random id that exists only in the signed-in user's session; a request without it is not a
 * postback at all, and one with a wrong id finds no view (the "page expired" page). The session cookie is also
 * {@code SameSite=Lax}, so a browser does not send it with another site's POST.
 */
final class CsrfProbes {

    private final Map<String, PortalSession> sessions;
    private final AttackFixtures db;
    private final AttackLedger ledger;

    CsrfProbes(Map<String, PortalSession> sessions, AttackFixtures db, AttackLedger ledger) {
        this.sessions = sessions;
        this.db = db;
        this.ledger = ledger;
    }

    void run() throws SQLException {
        String otherState = FacesPage.open(sessions.get("celje.admin"), "/centre/index").viewState();
        postbacks("brezice.admin", "/centre/index", "staffForm:addPerson", "personForm:savePerson",
                Map.of("personForm:firstName", "Csrf", "personForm:lastName", "Ponaredek", "personForm:email", "csrf@example.org"),
                "select count(*) from person where last_name = 'Ponaredek'", otherState);
        postbacks("brezice.admin", "/centre/record", null, "contactFieldsForm:saveContactFields",
                Map.of("contactFieldsForm:phone", "CSRF-telefon"), "select concat(coalesce(phone, ''), coalesce(email, ''))"
                        + " from centre where id = " + db.brezice, otherState);
        postbacks("office.admin", "/office/centre?id=" + db.third, null, "contactForm:logContact",
                Map.of("contactForm:contactNote", "CSRF zapis"), "select count(*) from contact_log", otherState);
        postbacks("office.admin", "/office/meeting?id=" + db.thirdMeeting, null, "minutesForm:saveMinutes",
                Map.of("minutesForm:situation", "CSRF zapisnik"), "select concat(coalesce(situation, ''), version) from meeting"
                        + " where id = " + db.thirdMeeting, otherState);
        viewStatesAreUnguessable();
        sessionCookieStaysOnSite();
    }

    /** The same postback three ways (no view state, a made-up one, another session's), as a partial and a full request. */
    private void postbacks(String role, String path, String open, String submit, Map<String, String> values, String stateSql,
                           String otherSessionsState) throws SQLException {
        FacesPage page = FacesPage.open(sessions.get(role), path);
        if (open != null) {
            page.fire(page.callOf(open), Map.of(), Map.of());
        }
        FacesPage.AjaxCall call = page.callOf(submit);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("none", null);
        forged.put("made-up", "-4154224432498112893:-7310931218383939562");
        forged.put("another session's", otherSessionsState);
        for (boolean ajax : List.of(true, false)) {
            for (Map.Entry<String, String> state : forged.entrySet()) {
                String before = db.text(stateSql);
                Map<String, String> form = page.values(call.form());
                form.putAll(values);
                form.remove(FacesPage.VIEW_STATE);
                PortalSession.Form body = new PortalSession.Form();
                if (ajax) {
                    body.add("jakarta.faces.partial.ajax", "true").add("jakarta.faces.source", call.source())
                            .add("jakarta.faces.partial.execute", call.process()).add("jakarta.faces.partial.render", call.update());
                }
                body.add(call.source(), call.source()).addAll(form);
                if (state.getValue() != null) {
                    body.add(FacesPage.VIEW_STATE, state.getValue());
                }
                PortalSession.Reply reply = page.post(call.form(), body, ajax);
                String after = db.text(stateSql);
                boolean fine = reply.status() < 500 && !reply.body().contains("id=\"status-500\"");
                ledger.check(AttackLedger.CSRF, before.equals(after) && fine, role + " " + reply + " " + submit + " with "
                        + state.getKey() + " view state" + (ajax ? " (ajax)" : "") + (before.equals(after) ? "" : ": changed "
                        + before + " -> " + after) + (fine ? "" : ": server error"));
            }
        }
    }

    /** Two readings of the same page name two different views, and a view state is two 64-bit random numbers. */
    private void viewStatesAreUnguessable() {
        PortalSession session = sessions.get("brezice.admin");
        FacesPage one = FacesPage.open(session, "/centre/index");
        FacesPage two = FacesPage.open(session, "/centre/index");
        String first = one.viewState();
        String second = two.viewState();
        ledger.check(AttackLedger.CSRF, first != null && !first.equals(second) && first.matches("-?\\d{6,}:-?\\d{6,}"),
                "view states are server-side ids, new for every view: " + first + ", " + second + " (" + one.reply() + ", "
                        + two.reply() + (first == null ? ", " + one.keep() : "") + ")");
    }

    /** A new session's cookie is HttpOnly and SameSite=Lax (or Strict): another site's form does not carry it. */
    private void sessionCookieStaysOnSite() {
        PortalSession.Reply reply = sessions.get("signed-out").get("/index");
        String cookie = reply.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID"))
                .findFirst().orElse("");
        String lower = cookie.toLowerCase();
        ledger.check(AttackLedger.CSRF, lower.contains("httponly") && (lower.contains("samesite=lax") || lower.contains("samesite=strict")),
                "the session cookie is HttpOnly and SameSite: " + cookie);
    }
}
