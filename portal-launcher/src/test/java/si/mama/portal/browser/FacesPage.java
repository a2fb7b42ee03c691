package si.mama.portal.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces page as the attack suite drives it: fetched once, its forms read (view state, hidden fields, the values a
 * browser would send), and its PrimeFaces buttons fired as the same partial requests PrimeFaces sends. The updates of
 * each partial response are put into the page, so a dialog opened by one action can be filled by the next.
 */
final class FacesPage {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern AJAX_CALL = Pattern.compile("PrimeFaces\\.ab\\(\\{(.*?)\\}(?:,\\s*\\w+)?\\);");
    private static final Pattern OPTION = Pattern.compile("(\\w+):(\"(?:[^\"\\\\]|\\\\.)*\"|\\[.*?\\]|[^,}]+)");
    private static final Pattern PARAM = Pattern.compile("\\{name:\"(.*?)\",value:(\"(?:[^\"\\\\]|\\\\.)*\"|[^}]*)\\}");

    /** A PrimeFaces ajax call as a button's script would make it: source, form, process, update, parameters. */
    record AjaxCall(String source, String form, String process, String update, String event, Map<String, String> params) {

        AjaxCall withParam(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(params);
            changed.put(name, value);
            return new AjaxCall(source, form, process, update, event, changed);
        }
    }

    private final PortalSession session;
    private final String path;
    private final PortalSession.Reply first;
    private Document document;

    private FacesPage(PortalSession session, String path, PortalSession.Reply first) {
        this.session = session;
        this.path = path;
        this.first = first;
        this.document = Jsoup.parse(parseable(first.body()), session.baseUrl() + path);
    }

    static FacesPage open(PortalSession session, String path) {
        return new FacesPage(session, path, session.get(path));
    }

    PortalSession.Reply reply() {
        return first;
    }

    Document document() {
        return document;
    }

    String viewState() {
        Element state = document.selectFirst("input[name=\"" + VIEW_STATE + "\"]");
        return state == null ? null : state.val();
    }

    /** What a browser sends for the form {@code formId}: its successful controls with their current values, no buttons. */
    Map<String, String> values(String formId) {
        Element form = document.getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("no form " + formId + " on " + path);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type").toLowerCase();
            if (input.hasAttr("disabled") || type.equals("submit") || type.equals("button") || type.equals("image")
                    || type.equals("file") || type.equals("reset")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element option = Optional.ofNullable(input.selectFirst("option[selected]")).orElse(input.selectFirst("option"));
                if (option != null) {
                    values.put(input.attr("name"), option.hasAttr("value") ? option.attr("value") : option.text());
                }
            } else if (input.tagName().equals("textarea")) {
                values.put(input.attr("name"), input.wholeText());
            } else {
                values.put(input.attr("name"), input.val());
            }
        }
        values.put(formId, formId);
        return values;
    }

    /** The ajax call a PrimeFaces button (or a confirmed button) of this page makes when clicked. */
    AjaxCall callOf(String key) {
        return findCall(key).orElseThrow(() -> new IllegalStateException("no ajax call of " + key + " on " + path
                + " (the page as read: " + keep() + ")"));
    }

    /** Keeps the page as this test read it under target/browser, for the failure's reader. */
    String keep() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(
                    java.nio.file.Path.of(System.getProperty("portal.test.output", "target/browser"), "attack-pages"));
            java.nio.file.Path file = dir.resolve(InputAttack.name(path) + "-" + System.nanoTime() + ".html");
            java.nio.file.Files.writeString(file, AttackLedger.printable(document.outerHtml()));
            java.nio.file.Files.write(java.nio.file.Path.of(file + ".response"), first.bytes());
            return file.toString();
        } catch (java.io.IOException e) {
            return "not kept: " + e;
        }
    }

    /**
     * The ajax call of {@code key}: a button's (its click, or its confirmed click), an ajax behaviour's or a remote
     * command's with that client id anywhere in the page's scripts, or with {@code js:name} the remote command
     * {@code name}.
     */
    Optional<AjaxCall> findCall(String key) {
        Element button = key.startsWith("js:") ? null : document.getElementById(key);
        if (button != null) {
            Optional<AjaxCall> call = callIn(button.attr("data-pfconfirmcommand") + " " + button.attr("onclick"));
            if (call.isPresent()) {
                return call;
            }
        }
        String html = Parser.unescapeEntities(document.outerHtml(), false);
        int at = key.startsWith("js:") ? html.indexOf(key.substring(3) + " = function")
                : html.indexOf("PrimeFaces.ab({s:\"" + key + "\"");
        return at < 0 ? Optional.empty() : callIn(html.substring(at, Math.min(html.length(), at + 2000)));
    }

    static Optional<AjaxCall> callIn(String script) {
        Matcher call = AJAX_CALL.matcher(script.replace("&quot;", "\""));
        if (!call.find()) {
            return Optional.empty();
        }
        String config = call.group(1);
        Map<String, String> options = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(config);
        while (option.find()) {
            options.putIfAbsent(option.group(1), unquote(option.group(2)));
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher param = PARAM.matcher(config);
        while (param.find()) {
            params.put(param.group(1), unquote(param.group(2)));
        }
        String source = options.get("s");
        return Optional.of(new AjaxCall(source, options.get("f"), options.getOrDefault("p", source),
                options.getOrDefault("u", ""), options.get("e"), params));
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return trimmed;
    }

    /** Fires the button {@code buttonId} with the form's current values, {@code overrides} put over them. */
    PortalSession.Reply fire(String key, Map<String, String> overrides) {
        return fire(callOf(key), overrides, Map.of());
    }

    /**
     * Sends {@code call} as PrimeFaces does: the whole form (its current values with {@code overrides}), the view state,
     * and the call's parameters; {@code encoded} values travel as they are (already percent-encoded). The response's
     * updates are put into this page.
     */
    PortalSession.Reply fire(AjaxCall call, Map<String, String> overrides, Map<String, String> encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        String formId = call.form() != null ? call.form() : formOf(call.source());
        if (formId != null && document.getElementById(formId) != null) {
            values.putAll(values(formId));
        }
        values.keySet().removeAll(encoded.keySet());
        values.putAll(overrides);
        values.keySet().removeAll(encoded.keySet());
        PortalSession.Form form = new PortalSession.Form()
                .add("jakarta.faces.partial.ajax", "true")
                .add("jakarta.faces.source", call.source())
                .add("jakarta.faces.partial.execute", call.process())
                .add("jakarta.faces.partial.render", call.update());
        if (call.event() != null) {
            form.add("jakarta.faces.behavior.event", call.event()).add("jakarta.faces.partial.event", call.event());
        } else {
            form.add(call.source(), call.source());
        }
        form.addAll(values);
        encoded.forEach(form::addEncoded);
        call.params().forEach(form::add);
        if (!values.containsKey(VIEW_STATE) && viewState() != null) {
            form.add(VIEW_STATE, viewState());
        }
        PortalSession.Reply reply = session.post(action(formId), form, true);
        merge(reply);
        return reply;
    }

    /** Sends a raw postback of {@code form} to this page's form {@code formId}, with no ajax headers. */
    PortalSession.Reply post(String formId, PortalSession.Form form, boolean ajax) {
        return session.post(action(formId), form, ajax);
    }

    String action(String formId) {
        Element form = formId == null ? null : document.getElementById(formId);
        String action = form == null ? "" : form.attr("action");
        if (action.isEmpty()) {
            return path;
        }
        return action.startsWith("http") ? action.substring(session.baseUrl().length()) : action;
    }

    private String formOf(String clientId) {
        Element element = clientId == null ? null : document.getElementById(clientId);
        Element form = element == null ? null : element.closest("form");
        return form == null ? null : form.id();
    }

    /** Puts the updates of a partial response into this page (and takes the new view state). */
    private void merge(PortalSession.Reply reply) {
        if (!reply.partial()) {
            return;
        }
        Document partial = Jsoup.parse(parseable(reply.body()), "", Parser.xmlParser());
        for (Element update : partial.select("changes > update")) {
            String id = update.id();
            String html = update.wholeText();
            if (id.contains(VIEW_STATE)) {
                document.select("input[name=\"" + VIEW_STATE + "\"]").forEach(input -> input.val(html));
            } else if (id.equals("jakarta.faces.ViewRoot")) {
                document = Jsoup.parse(parseable(html), session.baseUrl() + path);
            } else {
                Element target = document.getElementById(id);
                if (target != null) {
                    Element replacement = Jsoup.parseBodyFragment(parseable(html)).body().children().first();
                    if (replacement != null) {
                        target.replaceWith(replacement);
                    }
                }
            }
        }
    }

    /**
     * The text as jsoup can read it: jsoup ends its input at U+FFFF (its own end-of-input mark), which a stored hostile
     * value may hold; a browser shows it as any other character.
     */
    static String parseable(String html) {
        return html.replace('\uFFFF', '\uFFFD');
    }

    /** The HTML fragments of a partial response (or the page itself), for the escaping checks. */
    static java.util.List<String> htmlOf(PortalSession.Reply reply) {
        if (!reply.partial()) {
            return java.util.List.of(reply.body());
        }
        Document partial = Jsoup.parse(parseable(reply.body()), "", Parser.xmlParser());
        return partial.select("changes > update").stream().map(Element::wholeText).toList();
    }
}
