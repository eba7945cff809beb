package com.salesdx.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium driven by Debian's chromedriver (never Selenium Manager, so nothing
 * is downloaded), with its own throw-away profile. Close it to quit the browser and delete the profile.
 */
public final class Chromium implements AutoCloseable {
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("salesdx.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("salesdx.chromium", "/usr/bin/chromium"));

    /** Selenium 4.49 knows CDP up to 153 and warns about Debian's newer Chromium on every start; plain CDP commands work. */
    private static final Logger CDP_VERSION_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test (fails it under CI=true) when the browser or its driver is missing. */
    public static void requireInstalled(String what) {
        for (Path executable : List.of(CHROMEDRIVER, CHROMIUM)) {
            if (!Files.isExecutable(executable)) {
                Skip.because(what, executable + " is missing; install Debian's chromium and chromium-driver");
            }
        }
    }

    public static Chromium start(int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        CDP_VERSION_WARNINGS.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("salesdx-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            return new Chromium(driver, profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary profile is not worth failing a test over
        }
    }
}
