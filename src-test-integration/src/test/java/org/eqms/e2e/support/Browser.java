package org.eqms.e2e.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded one) for one
 * scenario class, started when first used and quit after the class. Each named {@link #step} saves a PNG of the
 * viewport to {@code <build dir>/e2e/<scenario>/<NN-step>.png}; a failing test saves one more, {@code NN-failed-…}.
 *
 * <p>Register it as a static extension: {@code @RegisterExtension static final Browser browser =
 * new Browser("scenario-name", () -> sandbox);}
 */
public final class Browser implements AfterAllCallback, TestExecutionExceptionHandler {
    private static final String CHROMIUM = System.getProperty("eqms.e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("eqms.e2e.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final String scenario;
    private final Supplier<E2eSandbox> sandbox;
    private final Path screenshots;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private int steps;

    public Browser(String scenario, Supplier<E2eSandbox> sandbox) {
        this.scenario = scenario;
        this.sandbox = sandbox;
        this.screenshots = Path.of(System.getProperty("eqms.e2e.screenshots", "target/e2e")).resolve(scenario);
    }

    /** The driver, starting Chromium on first use. */
    public synchronized WebDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    /** Opens {@code path} on the sandbox (e.g. {@code /display/QMS}). */
    public Browser open(String path) {
        driver().get(sandbox.get().origin() + path);
        return this;
    }

    /** Logs out whoever was signed in, then logs in through the {@code /login} form as the demo user. */
    public Browser loginAs(String user) {
        driver().manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), sandbox.get().password(user));
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Waits until an element matching {@code css} is visible and returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} is visible and its text contains {@code text}. */
    public WebElement waitForText(String css, String text) {
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    /** Waits for the element to be clickable, then clicks it. */
    public Browser click(String css) {
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    /** Clears the visible field matching {@code css} and types {@code text}. */
    public Browser type(String css, String text) {
        return type(By.cssSelector(css), text);
    }

    public Browser select(String css, String visibleText) {
        new Select(waitFor(css)).selectByVisibleText(visibleText);
        return this;
    }

    public Browser selectValue(String css, String value) {
        new Select(waitFor(css)).selectByValue(value);
        return this;
    }

    /** Runs a script in the page (e.g. to read a value the UI does not show as text). */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /**
     * Saves a screenshot of the viewport as the scenario's next step, {@code NN-name.png}; returns its path. The first
     * step of a run removes the scenario's screenshots of an earlier run.
     */
    public Path step(String name) {
        if (steps == 0) {
            removeEarlierScreenshots();
        }
        steps++;
        Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", steps, slug(name)));
        try {
            Files.createDirectories(screenshots);
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + file, e);
        }
        return file;
    }

    private void removeEarlierScreenshots() {
        if (!Files.isDirectory(screenshots)) {
            return;
        }
        try (Stream<Path> files = Files.list(screenshots)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".png")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + screenshots, e);
        }
    }

    public Path screenshots() {
        return screenshots;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            try {
                step("failed-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        quit();
    }

    /** Quits Chromium and its driver and removes the browser profile. */
    public synchronized void quit() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            deleteTree(profile);
            profile = null;
        }
    }

    private Browser type(By field, String text) {
        WebElement element = new WebDriverWait(driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    private void start() {
        try {
            Path work = Path.of(System.getProperty("eqms.e2e.work", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(work);
            profile = Files.createTempDirectory(work, "chromium-" + scenario + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile folder", e);
        }
        // The driver and the browser are named explicitly, so Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000");
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            service = null;
            throw e;
        }
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Chromium may still be writing its profile while it exits; the folder is under the build dir anyway.
        }
    }
}
