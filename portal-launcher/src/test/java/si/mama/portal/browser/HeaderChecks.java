package si.mama.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every kind of response the portal gives carries the browser-side protections: a content security policy with
 * {@code frame-ancestors}, {@code X-Content-Type-Options: nosniff} and a {@code Referrer-Policy}. Pages (signed in and
 * public), partial responses, downloads (PDF, DOCX, XLSX, CSV, iCal, a photo), static resources, health, and the
 * 403/404/500 and "page expired" pages, both when the container sends them and when the portal does.
 */
final class HeaderChecks {

    private final Map<String, PortalSession> sessions;
    private final AttackFixtures db;
    private final AttackLedger ledger;

    HeaderChecks(Map<String, PortalSession> sessions, AttackFixtures db, AttackLedger ledger) {
        this.sessions = sessions;
        this.db = db;
        this.ledger = ledger;
    }

    void run() {
        PortalSession visitor = sessions.get("signed-out");
        PortalSession centre = sessions.get("brezice.admin");
        PortalSession office = sessions.get("office.admin");
        check("a signed-in page", centre.get("/centre/index"), 200);
        check("an office page", office.get("/office/centres"), 200);
        check("a public page", visitor.get("/public/plan"), 200);
        check("a public catalogue", visitor.get("/public/practices/index"), 200);
        check("a PDF download", visitor.get("/public/plan/export?format=pdf&year=2021"), 200);
        check("a DOCX download", visitor.get("/public/plan/export?format=docx&year=2021"), 200);
        check("an XLSX download", office.get("/office/fees/export?year=2025"), 200);
        check("a CSV download", office.get("/office/attendance/export?format=csv&training=1"), 200);
        check("the iCal feed", visitor.get("/public/academy/calendar.ics"), 200);
        check("a practice's photo", visitor.get("/public/practices/file?practice=1&file=1"), 200);
        check("a static resource", visitor.get("/jakarta.faces.resource/portal/portal.css.xhtml"), 200);
        check("a PrimeFaces resource", visitor.get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces"), 200);
        check("health", visitor.get("/health/ready"), 200);
        check("the 403 page of a security constraint", sessions.get("celje.admin").get("/office/centres"), 403);
        check("the 403 page of the portal", sessions.get("nocentre.user").get("/centre/index"), 403);
        check("the 404 page of the container", centre.get("/no-such-page"), 404);
        check("the 404 page of the portal", centre.get("/practices/view?id=" + db.draftPractice), 404);
        check("the 404 page of a download", visitor.get("/public/practices/file?practice=1&file=999999"), 404);
        check("the 500 page", visitor.get("/error/500"), 200);
        check("an unsupported method's page", sessions.get("signed-out").post("/public/plan/export",
                new PortalSession.Form().add("format", "pdf"), false), 405);
        FacesPage page = FacesPage.open(centre, "/centre/index");
        check("a partial response", page.fire(page.callOf("staffForm:search"), Map.of("staffForm:search", "a"), Map.of()), 200);
        check("the page-expired page", page.post("staffForm", new PortalSession.Form().add("staffForm", "staffForm")
                .add("staffForm:search", "a").add(FacesPage.VIEW_STATE, "1:2"), false), 400);
        beforeThePortal(visitor, centre);
    }

    /**
     * Responses the container sends before the portal sees the request, so no filter of the portal can add to them: the
     * sign-in redirect of the security mechanism, a folder's trailing-slash redirect, and the HTTP parser's 400 for an
     * address it will not read. They have no content of the portal's to protect (browsers show no redirect's body), so
     * they are reported, not counted.
     */
    private void beforeThePortal(PortalSession visitor, PortalSession centre) {
        List<String> missing = new ArrayList<>();
        for (PortalSession.Reply reply : List.of(visitor.get("/centre/index"), centre.get("/centre"), centre.get("/"),
                visitor.get("/public/certificates/%00"))) {
            if (reply.header("Content-Security-Policy") == null) {
                missing.add(reply.toString());
            }
        }
        ledger.note(AttackLedger.HEADERS, "sent by the container before the portal, without the headers (not counted): " + missing);
    }

    private void check(String what, PortalSession.Reply reply, int expected) {
        String policy = reply.header("Content-Security-Policy");
        List<String> wrong = new ArrayList<>();
        if (reply.status() != expected) {
            wrong.add("status " + reply.status() + " instead of " + expected);
        }
        if (policy == null || !policy.contains("frame-ancestors")) {
            wrong.add("Content-Security-Policy with frame-ancestors: " + policy);
        }
        if (!"nosniff".equals(reply.header("X-Content-Type-Options"))) {
            wrong.add("X-Content-Type-Options: " + reply.header("X-Content-Type-Options"));
        }
        if (reply.header("Referrer-Policy") == null) {
            wrong.add("no Referrer-Policy");
        }
        ledger.check(AttackLedger.HEADERS, wrong.isEmpty(), what + " (" + reply + "): " + String.join(", ", wrong));
    }
}
