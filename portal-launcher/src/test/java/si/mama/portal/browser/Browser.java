package si.mama.portal.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import si.mama.portal.launcher.Settings;
import si.mama.portal.launcher.TestStack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium, driven through the real Keycloak login against the stack of {@link TestStack}.
 * A fresh browser (no cookies) per test; a screenshot and the page source under target/browser on failure.
 */
public class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private Settings settings;
    private Path profile;
    /** Further browsers of this test, e.g. a colleague's at the same time; closed with this one. */
    private final java.util.List<Browser> others = new java.util.ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        settings = TestStack.start();
        // one stack for all browser tests, stopped when the whole test plan is done
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestStack.class, key -> (ExtensionContext.Store.CloseableResource) TestStack::stop);
        startDriver();
    }

    /**
     * Another browser at the same time, with its own profile, cookies and storage (a colleague on another computer),
     * closed after the test like this one; on failure its screenshot is kept too.
     */
    public Browser another() throws IOException {
        Browser other = new Browser();
        other.settings = settings;
        other.startDriver();
        others.add(other);
        return other;
    }

    private void startDriver() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("portal.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=sl", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent()) {
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                keepEvidence(name);
                for (int i = 0; i < others.size(); i++) {
                    others.get(i).keepEvidence(name + "-browser" + (i + 2));
                }
            }
        } finally {
            for (Browser other : others) {
                other.quit();
            }
            others.clear();
            quit();
        }
    }

    private void quit() {
        driver.quit();
        si.mama.portal.launcher.TestStack.deleteQuietly(profile);
    }

    /** Saves a screenshot of the whole page (up to 6000 pixels down) and the page source under target/browser. */
    public void keepEvidence(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("portal.test.output", "target/browser")).resolve("screenshots"));
            Files.write(dir.resolve(name + ".png"), fullPageScreenshot());
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] fullPageScreenshot() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(6000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException cdpUnavailable) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    public void open(String path) {
        driver.get(settings.baseUrl() + path);
    }

    /** Signs in through Keycloak's identity-first login: user name, then password on a second page. */
    public void signIn(String username) {
        open("/");
        logIn(username);
    }

    /** Opens a page signed out: Keycloak asks who it is, and after signing in the browser is back at that page. */
    public void signInAt(String username, String path) {
        open(path);
        logIn(username);
        waitUntil(ExpectedConditions.urlToBe(settings.baseUrl() + path));
    }

    /** Answers Keycloak's login pages (user name, then password) and waits for the portal's page. */
    public void logIn(String username) {
        find(By.id("username")).sendKeys(username);
        find(By.id("kc-login")).click();
        find(By.id("password")).sendKeys("demo");
        find(By.id("kc-login")).click();
        waitUntil(ExpectedConditions.urlContains(settings.baseUrl()));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("content")));
    }

    /** How long an idle session lasts on the stack under test. */
    public java.time.Duration sessionTimeout() {
        return java.time.Duration.ofSeconds(settings.sessionTimeoutSeconds());
    }

    public void signOut() {
        find(By.id("signOut")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("status-signed-out")));
    }

    /** Clicks once the element is no longer covered, e.g. by a dialog that is still fading in. */
    public void click(By locator) {
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    find(locator).click();
                    return true;
                });
    }

    /**
     * Picks the option {@code label} of a PrimeFaces select menu the way a user does (open, click the option),
     * trying again while the panel is still animating, until the menu shows the choice.
     */
    public void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By option = By.xpath("//*[@id='" + menuId + "_items']//li[@data-label=\"" + label + "\"]");
        By shown = By.id(menuId + "_label");
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.TimeoutException.class)
                .until(d -> {
                    if (d.findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
                        d.findElement(menu).click();
                    }
                    new WebDriverWait(d, Duration.ofSeconds(2)).until(ExpectedConditions.visibilityOfElementLocated(option)).click();
                    new WebDriverWait(d, Duration.ofSeconds(2)).until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
                    return d.findElement(shown).getText().equals(label);
                });
    }

    public WebElement find(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // ajax updates replace elements while a condition looks at them: look again
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** The HTTP status of a GET of {@code path} in this browser's session (its cookies), without following redirects. */
    public int statusOf(String path) {
        return download(path).statusCode();
    }

    /** A GET of {@code path} in this browser's session: status, content type and body, redirects not followed. */
    public java.net.http.HttpResponse<byte[]> download(String path) {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(settings.baseUrl() + path)).GET();
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
            return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core's WCAG 2.1 A/AA rules over the page as it is now (after its requests and animations are done):
     * the serious and critical violations are returned, recorded for the run's count line and written with the whole
     * axe result under target/browser/accessibility ({@link Accessibility}).
     */
    public Accessibility.Page checkAccessibility(String pageName) {
        waitUntil(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'"
                + " && (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0));")));
        return Accessibility.check(driver, pageName);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public TakesScreenshot screenshots() {
        return driver;
    }
}
