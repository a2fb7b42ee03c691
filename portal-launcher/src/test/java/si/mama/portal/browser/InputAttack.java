package si.mama.portal.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hostile values into the portal's forms as real Faces postbacks (the page read, its view state and hidden fields
 * kept, one field hostile and the others valid, the form's own button fired as PrimeFaces fires it) and into every
 * page's query parameters. Nothing may answer with a server error, and a stored value must come back escaped: the
 * responses and the pages that show it are searched for the hostile markup as markup.
 */
final class InputAttack {

    /**
     * One form: who fills it on which page, the button that opens it (a dialog) if any, the button that saves it, the
     * fields that get hostile values, valid values for the rest ({@code {n}} becomes the input's number), and the pages
     * that show what was stored.
     */
    record Target(String role, String path, String open, String submit, List<String> fields, Map<String, String> valid,
                  List<String> shownOn) {
    }

    /** A query parameter of a page, and who opens it. */
    record Parameter(String role, String path, String name, String others) {
    }

    private final Map<String, PortalSession> sessions;
    private final AttackLedger ledger;
    private final HostileValues values;
    private final Set<String> markupMarkers = new LinkedHashSet<>();
    private final Set<String> storedMarkers = new LinkedHashSet<>();
    private int shownEscaped;

    InputAttack(Map<String, PortalSession> sessions, AttackLedger ledger, long seed) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.values = new HostileValues(seed);
    }

    /** Sends {@code inputs} hostile values: a share into the query parameters, the rest spread over the forms. */
    void run(int inputs, List<Parameter> parameters, List<Target> targets) {
        int intoParameters = Math.min(inputs / 4, parameters.size() * 12);
        for (int i = 0; i < intoParameters; i++) {
            parameter(parameters.get(i % parameters.size()));
        }
        int left = inputs - intoParameters;
        for (int t = 0; t < targets.size(); t++) {
            int share = left / targets.size() + (t < left % targets.size() ? 1 : 0);
            form(targets.get(t), share);
        }
        ledger.note(AttackLedger.INPUTS, "hostile values sent " + values.count() + ", stored markers found again on"
                + " the pages that show them " + shownEscaped + " times, every time escaped");
    }

    private void parameter(Parameter parameter) {
        HostileValues.Value value = values.next();
        String encoded = value.encoded() != null && value.encoded().matches("([^%]|%[0-9A-Fa-f]{2})*") ? value.encoded()
                : IdProbes.encode(value.text());
        String path = parameter.path() + "?" + parameter.name() + "=" + encoded
                + (parameter.others().isEmpty() ? "" : "&" + parameter.others());
        PortalSession session = sessions.get(parameter.role());
        PortalSession.Reply reply = session.get(path);
        if (value.markup() || value.kind().equals("el")) {
            markupMarkers.add(value.marker());
        }
        check(session, reply, value, parameter.path() + " ?" + parameter.name());
    }

    private void form(Target target, int inputs) {
        PortalSession session = sessions.get(target.role());
        FacesPage page = open(session, target);
        if (page == null) {
            return;
        }
        for (int i = 0; i < inputs; i++) {
            if (i > 0 && (page.findCall(target.submit()).isEmpty()
                    || (target.open() != null && page.findCall(target.open()).isEmpty()))) {
                page = open(session, target); // the view went, or an error page replaced it: read the page again
                if (page == null) {
                    return;
                }
            }
            String field = target.fields().get(i % target.fields().size());
            HostileValues.Value value = values.next();
            if (field.endsWith(":email") && value.text().contains("@") && target.path().startsWith("/office/accounts")) {
                value = new HostileValues.Value(value.text().replace("@", "(at)"), value.marker(), value.kind(), null);
            }
            Map<String, String> overrides = new LinkedHashMap<>();
            int n = i;
            target.valid().forEach((name, valid) -> overrides.put(name, valid.replace("{n}", Integer.toString(n))));
            Map<String, String> encoded = new LinkedHashMap<>();
            if (value.encoded() != null) {
                encoded.put(field, value.encoded());
            } else {
                overrides.put(field, value.text());
            }
            if (value.marker() != null) {
                storedMarkers.add(value.marker());
                if (value.markup() || value.kind().equals("el")) {
                    markupMarkers.add(value.marker());
                }
            }
            if (target.open() != null) {
                page.fire(page.callOf(target.open()), Map.of(), Map.of());
            }
            if (page.findCall(target.submit()).isEmpty()) {
                page = open(session, target); // a refusal drew the error page over the form: read the page again
                if (page == null) {
                    return;
                }
                if (target.open() != null) {
                    page.fire(page.callOf(target.open()), Map.of(), Map.of());
                }
            }
            PortalSession.Reply reply = page.fire(page.callOf(target.submit()), overrides, encoded);
            check(session, reply, value, target.path() + " " + field);
        }
        for (String shown : target.shownOn()) {
            PortalSession.Reply reply = session.get(shown);
            check(session, reply, null, "stored values shown on " + shown);
            String body = reply.body();
            shownEscaped += (int) storedMarkers.stream().filter(body::contains).count();
        }
        storedMarkers.clear();
    }

    private FacesPage open(PortalSession session, Target target) {
        FacesPage page = FacesPage.open(session, target.path());
        boolean ready = page.reply().status() == 200 && page.findCall(target.submit()).isPresent()
                && (target.open() == null || page.findCall(target.open()).isPresent());
        if (!ready) {
            ledger.check(AttackLedger.INPUTS, false, session + " " + page.reply() + ": the form of " + target.submit()
                    + (target.open() == null ? "" : " (opened by " + target.open() + ")") + " is not on the page " + page.keep());
            return null;
        }
        return page;
    }

    /** One response to a hostile value: no server error, and no hostile markup of this suite's rendered as markup. */
    private void check(PortalSession session, PortalSession.Reply reply, HostileValues.Value value, String where) {
        String body = reply.body();
        boolean serverError = reply.status() >= 500 || body.contains("id=\"status-500\"") || body.contains("<error>");
        String unescaped = unescaped(reply);
        boolean cut = cutShort(reply);
        boolean fine = ledger.check(AttackLedger.INPUTS, !serverError && unescaped == null && !cut, session + " " + reply.method()
                + " " + where + (value == null ? "" : " <- " + value)
                + (serverError ? ": server error " + reply.status() + reference(body) : "")
                + (unescaped == null ? "" : ": unescaped " + unescaped) + (cut ? ": the page ends half way" : ""));
        if (!fine) {
            keep(reply);
        }
    }

    /** A page or partial response that stops half way: its rendering failed after it was sent in part. */
    private static boolean cutShort(PortalSession.Reply reply) {
        String body = reply.body().trim();
        if (reply.status() != 200 && reply.status() != 400 && reply.status() != 403 && reply.status() != 404) {
            return false;
        }
        if (reply.partial()) {
            return !body.endsWith("</partial-response>");
        }
        return reply.html() && !body.endsWith("</html>");
    }

    /** Keeps a failed response's body under target/browser/attack-pages. */
    private static void keep(PortalSession.Reply reply) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("portal.test.output", "target/browser"), "attack-pages"));
            java.nio.file.Files.write(dir.resolve(name(reply.path()) + "-" + System.nanoTime()
                    + ".response"), reply.bytes());
        } catch (java.io.IOException ignored) {
            // evidence only
        }
    }

    /** A file name for a page's address. */
    static String name(String path) {
        String name = path.replaceAll("[^A-Za-z0-9]+", "-");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    private static String reference(String body) {
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f-]{9,}|[A-Z0-9]{6,}-[A-Z0-9]{4,}")
                .matcher(body);
        return reference.find() ? " (reference " + reference.group() + ")" : "";
    }

    /** The first piece of this suite's markup found live in the response, or null. */
    String unescaped(PortalSession.Reply reply) {
        if (!reply.html() && !reply.partial()) {
            return null; // a download: no browser runs its text as markup
        }
        String body = reply.body();
        for (String marker : markupMarkers) {
            if ((reply.partial() && body.contains("]]><script>" + marker)) || body.contains("49" + marker)) {
                return "markup or expression with " + marker;
            }
        }
        for (String html : FacesPage.htmlOf(reply)) {
            String found = unescapedIn(html);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String unescapedIn(String html) {
        if (!html.contains("zq")) {
            return null;
        }
        for (Element element : Jsoup.parse(FacesPage.parseable(html)).getAllElements()) {
            String tag = element.tagName();
            for (String marker : markupMarkers) {
                if (element.id().equals(marker)
                        || (tag.equals("script") && element.data().trim().startsWith(marker))
                        || (Set.of("img", "svg", "iframe", "style").contains(tag) && element.outerHtml().contains(marker))) {
                    return "<" + tag + "> with " + marker;
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase();
                    String attributeValue = attribute.getValue();
                    if (name.startsWith("on") && outsideStrings(attributeValue).contains(marker)) {
                        return "<" + tag + " " + name + "> with " + marker;
                    }
                    if ((name.equals("href") || name.equals("src")) && attributeValue.trim().toLowerCase().startsWith("javascript:")
                            && attributeValue.contains(marker)) {
                        return "<" + tag + " " + name + "=javascript:> with " + marker;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The script's code without the contents of its string literals: a stored value inside a properly escaped string
     * (a confirmation's message naming a person) is data; the same value outside one would run.
     */
    static String outsideStrings(String script) {
        StringBuilder code = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'' || c == '`') {
                    quote = c;
                } else {
                    code.append(c);
                }
            } else if (c == '\\') {
                i++; // the escaped character stays inside the string
            } else if (c == quote) {
                quote = 0;
            }
        }
        return code.toString();
    }

    /** A target with valid values for the other fields. */
    static Target target(String role, String path, String open, String submit, List<String> fields, Map<String, String> valid,
                         String... shownOn) {
        return new Target(role, path, open, submit, fields, valid, List.of(shownOn));
    }

    static List<Parameter> parameters(String role, String path, String others, String... names) {
        List<Parameter> parameters = new ArrayList<>();
        for (String name : names) {
            parameters.add(new Parameter(role, path, name, others));
        }
        return parameters;
    }
}
