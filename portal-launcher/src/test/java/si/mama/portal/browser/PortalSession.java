package si.mama.portal.browser;

import org.openqa.selenium.Cookie;

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

/**
 * One role's portal session outside the browser: the session cookie a real sign-in (Selenium through Keycloak) gave,
 * carried by Java's HTTP client, which sends thousands of requests in the time a browser sends a few dozen. Redirects
 * are not followed, so a test sees where the portal sends it. A session that is never signed in is the signed-out
 * visitor.
 */
final class PortalSession {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // one request per exchange: a refused request leaves nothing behind
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A response: what the attack looks at. */
    record Reply(String method, String path, int status, java.net.http.HttpHeaders headers, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        /** A Faces partial response (ajax). */
        boolean partial() {
            return contentType().startsWith("text/xml") || contentType().startsWith("application/xml");
        }

        /** An HTML page. */
        boolean html() {
            return contentType().startsWith("text/html");
        }

        @Override
        public String toString() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " -> " + status;
        }
    }

    /** An application/x-www-form-urlencoded body; a value may come already encoded (bytes no Java string holds). */
    static final class Form {
        private final List<String> pairs = new ArrayList<>();

        Form add(String name, String value) {
            pairs.add(encode(name) + "=" + encode(value == null ? "" : value));
            return this;
        }

        Form addEncoded(String name, String encodedValue) {
            pairs.add(encode(name) + "=" + encodedValue);
            return this;
        }

        Form addAll(Map<String, String> values) {
            values.forEach(this::add);
            return this;
        }

        String body() {
            return String.join("&", pairs);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    private final String role;
    private final String baseUrl;
    private volatile String cookies;

    private PortalSession(String role, String baseUrl, String cookies) {
        this.role = role;
        this.baseUrl = baseUrl;
        this.cookies = cookies;
    }

    /** The visitor who has not signed in. */
    static PortalSession signedOut(String baseUrl) {
        return new PortalSession("signed-out", baseUrl, "");
    }

    /**
     * Signs {@code username} in with the browser through Keycloak's real login and takes over the portal's session
     * cookie. The browser's cookies (the portal's and Keycloak's) are cleared first, so each role has its own sign-in.
     */
    static PortalSession signIn(Browser browser, String username) {
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.signIn(username);
        String portalCookies = browser.driver().manage().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(Cookie::getValue)
                .map(value -> "JSESSIONID=" + value)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no portal session for " + username));
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return new PortalSession(username, browser.baseUrl(), portalCookies);
    }

    String role() {
        return role;
    }

    boolean signedIn() {
        return !cookies.isEmpty();
    }

    String baseUrl() {
        return baseUrl;
    }

    Reply get(String path) {
        return send("GET", path, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A plain or Faces postback to {@code path}; {@code ajax} adds the headers PrimeFaces' partial requests carry. */
    Reply post(String path, Form form, boolean ajax) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.body(), StandardCharsets.US_ASCII));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send("POST", path, request);
    }

    private Reply send(String method, String path, HttpRequest.Builder request) {
        if (signedIn()) {
            request.header("Cookie", cookies);
        }
        request.header("Accept-Language", "sl").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(method, path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            // the server may close the connection on a request it will not read (a 10,000-character address)
            return new Reply(method, path, 0, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true),
                    ("connection closed: " + e).getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    @Override
    public String toString() {
        return role;
    }
}
