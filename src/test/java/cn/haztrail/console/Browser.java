package cn.haztrail.console;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Chromium driven by Selenium, with Debian's chromium and chromium-driver. Without them a test is skipped
 * and says why, unless HAZTRAIL_REQUIRE_BROWSER=true (CI), where their absence fails it. Screenshots go to
 * target/screenshots/ for a reviewer to look at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = env("HAZTRAIL_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("HAZTRAIL_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * A browser window of the given size on the application at {@code base}, with more Chromium switches if given (a
     * fake camera, say); skips the test without a browser.
     */
    static Browser open(String base, int width, int height, String... switches) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        options.addArguments(switches);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    private static void requireInstalled() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String message = "Browser tests need chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver";
        if (!present && "true".equals(System.getenv("HAZTRAIL_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(message + " (HAZTRAIL_REQUIRE_BROWSER=true)");
        }
        Assumptions.assumeTrue(present, message + "; skipped");
    }

    /** A phone's viewport: headless Chromium keeps windows at least 500 px wide, so narrower ones are emulated. */
    Browser phone(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** The input, select or textarea a visible label names, as a person finds a field. */
    WebElement field(String labelText) {
        WebElement label = driver.findElement(By.xpath("//label[normalize-space(.)='" + labelText + "']"));
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
