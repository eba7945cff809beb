package com.salesdx.web.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.support.Chromium;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in pages in a real headless Chromium: what the browser itself sends (Origin, cookie, the
 * form's CSRF field) passes the checks, so a consultant can sign in, add an account and sign out.
 */
class SignInBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;
    private TestServer server;
    private Chromium chromium;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAdminSignsInAddsAConsultantAndSignsOutWithTheBrowsersOwnFormPosts() throws IOException {
        Chromium.requireInstalled("the sign-in browser test");
        server = TestServer.on(() -> com.salesdx.store.Database.embedded(temp.resolve("data")), SignInTest.QUICK);
        server.accounts().add("lead@example.com", SignInTest.PASSWORD.toCharArray(), true);
        browser = chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        browser.get(server.url("/admin/accounts"));
        wait.until(d -> d.getCurrentUrl().contains("/login?next="));
        browser.findElement(By.id("email")).sendKeys("lead@example.com");
        browser.findElement(By.id("password")).sendKeys("a wrong password");
        browser.findElement(By.cssSelector("#login-form button")).click();
        wait.until(d -> !d.findElements(By.id("login-error")).isEmpty());
        browser.findElement(By.id("password")).sendKeys(SignInTest.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/admin/accounts"));
        assertEquals("lead@example.com", browser.findElement(By.cssSelector(".account-nav a")).getText());

        browser.findElement(By.id("new-email")).sendKeys("sam@example.com");
        browser.findElement(By.id("new-password")).sendKeys("another long secret");
        browser.findElement(By.cssSelector("#add-account button")).click();
        wait.until(d -> !d.findElements(By.id("added")).isEmpty());
        assertTrue(browser.findElement(By.id("account-list")).getText().contains("sam@example.com consultant"),
                browser.findElement(By.id("account-list")).getText());
        screenshot("accounts-admin.png");

        browser.findElement(By.cssSelector(".account-nav button")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login?signed_out=1"));
        browser.get(server.url("/account"));
        wait.until(d -> d.getCurrentUrl().contains("/login?next="));

        // The public executive diagnostic still posts from the same browser (its Origin is the site's own).
        browser.get(server.url("/ceo"));
        browser.findElement(By.cssSelector("input[value=no]")).click();
        browser.findElement(By.cssSelector("#ceo-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/results/"));
    }

    /** A fresh headless browser with a blank profile; the previous one, if any, is closed. */
    private ChromeDriver chromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        chromium = Chromium.start(1200, 900);
        return chromium.driver();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
