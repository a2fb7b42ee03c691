package si.mama.portal.faults;

import org.openqa.selenium.Cookie;
import si.mama.portal.browser.Browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in user's portal session outside the browser: the session cookie of a real sign-in (Selenium through
 * Keycloak), carried by Java's HTTP client, so a suite can send many Faces postbacks at once, as many people clicking
 * at the same moment would. Redirects are not followed.
 */
final class PortalHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    }

    /** A PrimeFaces ajax call of a page: the button or remote command, its form, what it processes and updates. */
    record AjaxCall(String source, String form, String process, String update, String script) {
    }

    private final String baseUrl;
    private final String cookie;

    /** A partial response's text with the HTML escapes of its parts undone (callback parameters come escaped). */
    static String unescaped(String body) {
        return body.replace("&#34;", "\"").replace("&quot;", "\"");
    }

    private PortalHttp(String baseUrl, String cookie) {
        this.baseUrl = baseUrl;
        this.cookie = cookie;
    }

    /** Signs {@code username} in with the browser and takes the portal's session; the browser forgets every cookie. */
    static PortalHttp signIn(Browser browser, String username) {
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.signIn(username);
        PortalHttp session = of(browser);
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return session;
    }

    /**
     * The session the browser has now (it stays signed in): every cookie of the portal's address, since a distributable
     * session comes with a second one (its version) besides {@code JSESSIONID}.
     */
    static PortalHttp of(Browser browser) {
        java.util.Set<Cookie> cookies = browser.driver().manage().getCookies();
        if (cookies.stream().noneMatch(c -> c.getName().equals("JSESSIONID"))) {
            throw new IllegalStateException("the browser has no portal session");
        }
        return new PortalHttp(browser.baseUrl(), cookies.stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
    }

    Reply get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A PrimeFaces partial postback of {@code call} from the page at {@code path} with the view state and parameters. */
    Reply ajax(String path, AjaxCall call, String viewState, Map<String, String> parameters) throws IOException {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", call.source());
        form.put("jakarta.faces.partial.execute", call.process());
        form.put("jakarta.faces.partial.render", call.update());
        form.put(call.source(), call.source());
        form.put(call.form(), call.form());
        form.putAll(parameters);
        form.put("jakarta.faces.ViewState", viewState);
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply send(HttpRequest.Builder request) throws IOException {
        request.header("Cookie", cookie).header("Accept-Language", "sl").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in the page: " + html.substring(0, Math.min(400, html.length())));
        }
        return matcher.group(1);
    }

    /** The ajax call a button (by client id) or a remote command (by its script name) of the page makes. */
    static AjaxCall callOf(String html, String key) {
        String page = html.replace("&quot;", "\"");
        int at = page.indexOf("PrimeFaces.ab({s:\"" + key + "\"");
        if (at < 0) {
            int command = page.indexOf(key + " = function");
            at = command < 0 ? -1 : page.indexOf("PrimeFaces.ab({", command);
        }
        if (at < 0) {
            throw new IllegalStateException("no ajax call " + key + " in the page");
        }
        int end = page.indexOf("})", at);
        String config = page.substring(at, end < 0 ? Math.min(page.length(), at + 1500) : end + 1);
        String source = option(config, "s").orElseThrow();
        String form = option(config, "f").orElseThrow();
        return new AjaxCall(source, form, clientIds(option(config, "p").orElse(source), form, source),
                clientIds(option(config, "u").orElse(""), form, source), config);
    }

    /**
     * The client ids of a button's process or update list as PrimeFaces' script sends them: the page names them
     * separated by commas (already resolved, or as {@code @form}, {@code @this}, {@code :absolute}), the request by
     * spaces.
     */
    private static String clientIds(String expressions, String form, String source) {
        List<String> ids = new ArrayList<>();
        for (String expression : expressions.trim().split("[\\s,]+")) {
            if (expression.isEmpty() || expression.equals("@none")) {
                continue;
            }
            ids.add(switch (expression) {
                case "@form" -> form;
                case "@this" -> source;
                case "@all" -> "@all";
                default -> expression.startsWith(":") ? expression.substring(1) : expression;
            });
        }
        return String.join(" ", ids);
    }

    private static Optional<String> option(String config, String name) {
        Matcher matcher = Pattern.compile("[{,]" + name + ":\"([^\"]*)\"").matcher(config);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
