package be.smartcredit.hub.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (paths set, so nothing is looked up or
 * downloaded), with a fresh profile; keeps a PNG screenshot of each page under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;

    Browser(int port) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1400", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
