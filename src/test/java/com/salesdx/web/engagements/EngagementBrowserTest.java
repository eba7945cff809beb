package com.salesdx.web.engagements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesdx.store.Database;
import com.salesdx.support.Chromium;
import com.salesdx.support.PrintedPdf;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A consultant's whole engagement in a real headless Chromium: sign in, create an engagement, interview a
 * sales leader and a seller, close the browser in the middle of the seller's interview, come back and
 * resume, see the perception gap in the report, and print it. Screenshots and the PDF go to
 * target/engagement-artifacts/.
 */
class EngagementBrowserTest {
    private static final Path ARTIFACTS = Path.of("target", "engagement-artifacts");
    private static final String EMAIL = "consultant@example.com";
    private static final String PIPELINE = "leadership.weekly_pipeline_review";
    private static final String CRM = "process.process_documented";

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
    void aConsultantInterviewsALeaderAndASellerResumesAfterClosingTheBrowserAndPrintsThePerceptionGap() throws Exception {
        Chromium.requireInstalled("the engagement browser test");
        Files.createDirectories(ARTIFACTS);
        server = TestServer.on(() -> Database.embedded(temp.resolve("data")));
        server.accounts().add(EMAIL, Consultant.PASSWORD.toCharArray(), false);
        browser = chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        signIn(wait, "/engagements");
        browser.findElement(By.linkText("New engagement")).click();
        browser.findElement(By.id("client")).sendKeys("Harbour Logistics (fictional)");
        browser.findElement(By.id("sector")).sendKeys("Freight software");
        new Select(browser.findElement(By.id("c-context.sales_motion"))).selectByValue("complex_b2b");
        browser.findElement(By.cssSelector(".engagement-form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/engagements/[A-Za-z0-9_-]{22}$"));
        String engagementPage = browser.getCurrentUrl();

        addRespondent("Tomas", "sales_leader");
        addRespondent("Priya", "seller");
        screenshot("engagement.png");

        browser.findElement(By.linkText("Interview Tomas")).click();
        answer(wait, PIPELINE, "yes");
        answer(wait, CRM, "yes");

        browser.get(engagementPage);
        browser.findElement(By.linkText("Interview Priya")).click();
        String priyasInterview = browser.getCurrentUrl();
        answer(wait, PIPELINE, "no");
        screenshot("interview-before-closing.png");
        // Closed mid-interview (the seller has answered one question of many); a new browser with a blank profile.
        browser = chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        signIn(wait, priyasInterview.substring(priyasInterview.indexOf("/engagements/")));
        assertTrue(question(PIPELINE).findElement(By.cssSelector("input[value=no]")).isSelected(), "her answer was kept");
        answer(wait, CRM, "no");
        screenshot("interview-resumed.png");

        browser.get(engagementPage + "/report");
        wait.until(d -> !d.findElements(By.cssSelector(".report")).isEmpty());
        String report = browser.findElement(By.cssSelector(".report")).getText();
        assertTrue(report.contains("Perception gap:"), report);
        assertTrue(report.contains("Harbour Logistics (fictional)") && report.contains("Round 1"), "the header");
        screenshot("report.png");

        PrintedPdf printed = PrintedPdf.print(browser, ARTIFACTS, "engagement-report");
        printed.assertEveryPageNumbered();
        printed.assertEveryPageCarries("Harbour Logistics (fictional)");
        printed.assertNoPageButTheLastIsHalfEmpty();
        assertTrue(String.join("\n", printed.text()).contains("Perception gap"), "the gap is on paper");
        assertTrue(printed.pages() <= 4, "a two-person report prints on a few pages; printed " + printed.pages());
    }

    @Test
    void aRespondentAnswersThroughTheirPrivateLinkWithNeitherProbesNorFindingsOnTheScreen() throws Exception {
        Chromium.requireInstalled("the engagement browser test");
        Files.createDirectories(ARTIFACTS);
        server = TestServer.on(() -> Database.embedded(temp.resolve("data")));
        Consultant ana = Consultant.signedIn(server, "ana");
        String engagement = ana.createEngagement("Quiet Harbour (fictional)"); // it states the sales motion
        String priya = ana.addRespondent(engagement, "Priya", "seller");
        String link = ana.privateLink(engagement, priya);
        browser = chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(server.url(link));
        wait.until(d -> !d.findElements(By.id("interview-form")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("details.help, #provisional-pillars, #provisional-findings")).isEmpty(),
                "no interviewer help and no provisional findings");
        assertTrue(browser.findElements(By.cssSelector("fieldset[data-question='context.sales_motion']")).isEmpty(),
                "the sales motion the engagement states is not asked");
        String before = browser.findElement(By.id("overall")).getText();
        int questions = Integer.parseInt(before.replaceAll("^0 of (\\d+) answered$", "$1"));
        // Each save repaints the counts; with no findings panel on this screen that must still work, and say "Saved".
        answer(wait, PIPELINE, "no");
        answer(wait, CRM, "yes");
        assertEquals("2 of " + questions + " answered", browser.findElement(By.id("overall")).getText());
        screenshot("respondent-link.png");
        JsonNode answers = Consultant.json(ana.get("/api/engagements/" + engagement + "/respondents/"
                + priya + "/interview")).get("answers");
        assertEquals("false", answers.get(PIPELINE).get("value").asText());
        assertEquals("true", answers.get(CRM).get("value").asText());
    }

    private void signIn(WebDriverWait wait, String path) {
        browser.get(server.url(path));
        wait.until(d -> d.getCurrentUrl().contains("/login?next="));
        browser.findElement(By.id("email")).sendKeys(EMAIL);
        browser.findElement(By.id("password")).sendKeys(Consultant.PASSWORD);
        browser.findElement(By.cssSelector("#login-form button")).click();
        wait.until(d -> d.getCurrentUrl().endsWith(path));
    }

    private void addRespondent(String name, String role) {
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        browser.findElement(By.cssSelector(".add-respondent button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.linkText("Interview " + name)).isEmpty());
    }

    private WebElement question(String id) {
        return browser.findElement(By.cssSelector("fieldset[data-question='" + id + "']"));
    }

    /** Clicks an answer and waits until the screen says it was saved (each answer is saved as it is given). */
    private void answer(WebDriverWait wait, String id, String value) {
        WebElement fieldset = question(id);
        WebElement input = fieldset.findElement(By.cssSelector("input[value='" + value + "']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", input);
        wait.until(d -> question(id).findElement(By.cssSelector(".status")).getText().equals("Saved"));
        assertEquals("Saved", question(id).findElement(By.cssSelector(".status")).getText());
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
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), ARTIFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
