package org.powerpartnership.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (nothing is downloaded). Knows when Vaadin has
 * settled, takes screenshots into {@code target/screenshots/}, and runs axe-core for WCAG 2.2 A and AA.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.baseUrl = "http://localhost:" + port;
    }

    /** A desktop-sized browser; skips the test, saying why, where Chromium is not installed. */
    public static Browser open(int port) {
        return open(port, new Dimension(1280, 900));
    }

    public static Browser open(int port, Dimension size) {
        Assumptions.assumeTrue(new File(CHROMEDRIVER).canExecute() && new File(CHROMIUM).canExecute(),
                "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        // every page records what its Content-Security-Policy blocked, from the first script on (see cspViolations)
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__ppCspViolations = []; document.addEventListener('securitypolicyviolation', e => "
                        + "window.__ppCspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));"));
        return new Browser(driver, port);
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        settle();
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * The path once it has become the expected one, or after 10 s whatever it is then (for the caller's assertion to
     * report). A click on a router link starts its round trip a moment later, so {@link #settle()} alone can return
     * before the navigation has even begun.
     */
    public String pathOnceAt(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> expected.equals(path()));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            // fall through: the caller's assertion says where the browser is instead
        }
        settle();
        return path();
    }

    /** Waits until Vaadin has loaded and has no round trip in flight. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && !!window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive())")));
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Types into a Vaadin field (its native input lives in the light DOM). */
    public Browser type(String fieldCss, String text) {
        WebElement input = find(fieldCss + " input, " + fieldCss + " textarea");
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Clicks the element the selector names when clicked. Vaadin may replace an element between finding it and the
     * click (a dialog's overlay re-attached after a round trip): then it is found again, as a person would see the
     * new one, a few times at most.
     */
    public Browser click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                find(css).click();
                break;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
        settle();
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * Signs in through the sign-in page and waits for the shell to name the person. Reads the name's text content,
     * not its rendered text: on a phone the header hides the name to make room.
     */
    public String signIn(String email, String password) {
        go("/login");
        type("vaadin-login-form vaadin-text-field", email);
        find("vaadin-login-form vaadin-password-field input").sendKeys(password, org.openqa.selenium.Keys.ENTER);
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.id("signed-in-as"))
                .stream().map(name -> name.getDomProperty("textContent")).filter(name -> name != null && !name.isBlank())
                .findFirst().orElse(null));
    }

    /**
     * Waits until the element's text content holds every expected phrase and returns it; fails with what it held.
     * For text that arrives in parts after a keyboard-driven navigation on a busy machine.
     */
    public String textContaining(String css, String... expected) {
        String[] last = {""};
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                last[0] = String.valueOf(((JavascriptExecutor) d).executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css));
                return java.util.Arrays.stream(expected).allMatch(last[0]::contains);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(css + " should contain " + java.util.Arrays.toString(expected) + " but held: "
                    + last[0], e);
        }
        return last[0];
    }

    /** What the Content-Security-Policy blocked on the current page since it loaded (directive and what). */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        Object found = driver.executeScript("return window.__ppCspViolations || [];");
        return ((List<Object>) found).stream().map(String::valueOf).toList();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and fails with a readable list of violations.
     * Vaadin's own connection indicator is left out: it is the framework's, outside any landmark by design.
     */
    public void assertAccessible(String pageName) {
        settle();
        Results results = new AxeBuilder().withTags(WCAG_22_AA).exclude("vaadin-connection-indicator")
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core WCAG 2.2 A/AA violations on %s:%n%s", pageName, describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Not used directly; keeps the screenshot type visible to callers that want raw bytes. */
    static TakesScreenshot asScreenshotTaker(ChromeDriver driver) {
        return driver;
    }
}
