package com.salesdx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesdx.knowledge.Knowledge;
import com.salesdx.knowledge.Pillar;
import com.salesdx.knowledge.QuestionDef;
import com.salesdx.knowledge.Questionnaire;
import com.salesdx.support.ProjectFiles;
import com.salesdx.support.Skip;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real application in a real (headless) Chromium: what an executive and a consultant actually
 * do with the pages, scripts and stylesheet together. Uses Debian's chromium and chromedriver,
 * never Selenium Manager (no download). Screenshots go to target/screenshots/ for a human to look at.
 */
class BrowserTest {
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("salesdx.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("salesdx.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern RESULT_URL = Pattern.compile(".*/results/([A-Za-z0-9_-]{22})$");
    private static final Pattern INTERVIEW_URL = Pattern.compile(".*/interviews/([A-Za-z0-9_-]{22})$");

    /** Selenium 4.49 knows CDP up to 153; it warns about Debian's newer Chromium on every start. Plain CDP commands work. */
    private static final Logger CDP_VERSION_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static Knowledge knowledge;

    @TempDir
    Path data;
    private TestServer server;
    private final List<ChromeDriver> drivers = new ArrayList<>();
    private final Map<ChromeDriver, Path> profiles = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        // Belt and braces: with the driver named, Selenium never looks for (or downloads) one itself.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        CDP_VERSION_WARNINGS.setLevel(Level.SEVERE);
        Files.createDirectories(SCREENSHOTS);
        knowledge = ProjectFiles.shippedRuleBase().knowledge();
    }

    /**
     * Checked per test, not per class: a class-level skip vanishes from Maven's summary ("Tests run: 0"),
     * a per-test one is counted as skipped, with the reason printed. Under CI=true it fails instead.
     */
    private static void browserIsInstalled() {
        for (Path executable : List.of(CHROMEDRIVER, CHROMIUM)) {
            if (!Files.isExecutable(executable)) {
                Skip.because("the browser test", executable + " is missing; install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver, or run .ci/run)");
            }
        }
    }

    @BeforeEach
    void start() {
        browserIsInstalled();
        server = TestServer.embedded(data);
    }

    @AfterEach
    void stop() {
        try {
            for (ChromeDriver driver : new ArrayList<>(drivers)) {
                quit(driver);
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theExecutiveFillsTheCeoDiagnosticAndGetsAPrintableResult() throws IOException {
        Questionnaire ceo = knowledge.questionnaires().get("ceo");
        List<QuestionDef> questions = ceo.orderedQuestions();
        // Every pillar gets an answer; skills gets only "don't know" and must come out "not assessed".
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("ceo.strategy_tested_customer", "no");
        answers.put("ceo.strategy_line_of_sight", "yes");
        answers.put("ceo.process_exit_criteria", "no");
        answers.put("ceo.process_forecast_within_ten", "no");
        answers.put("ceo.leadership_managers_coach", "no");
        answers.put("ceo.leadership_weekly_indicators", "yes");
        answers.put("ceo.leadership_diagnosed_before_changing", "yes");
        answers.put("ceo.leadership_system_review", "no");
        answers.put("ceo.skills_plan_survives_top_sellers", "dont_know");
        answers.put("ceo.compensation_aligned", "yes");
        assertEquals(questions.stream().map(QuestionDef::id).toList(), List.copyOf(answers.keySet()),
                "the test answers every CEO question, in page order");

        ChromeDriver browser = newBrowser(1280, 1000);
        browser.get(server.url("/"));
        browser.findElement(By.linkText("Start the 5-minute diagnostic")).click();
        waitFor(browser, d -> d.getCurrentUrl().endsWith("/ceo"));
        WebElement progressText = browser.findElement(By.id("ceo-progress-text"));
        assertEquals("0 of 10 answered", progressText.getText());
        for (QuestionDef question : questions) {
            assertEquals(knowledge.pillar(question.pillar()).orElseThrow().name(),
                    fieldset(browser, question.id()).findElement(By.cssSelector(".pillar-tag")).getText(),
                    question.id() + " is tagged with its pillar");
        }

        // Question 1 by mouse, then 2 and 3 with the keyboard alone: Tab to the next radio group,
        // Space to choose the focused option, an arrow key to move to (and choose) the next one.
        choose(browser, questions.get(0).id(), answers.get(questions.get(0).id()));
        assertFocused(browser, questions.get(0).id(), "no");
        active(browser).sendKeys(Keys.TAB);
        assertFocused(browser, questions.get(1).id(), "yes");
        active(browser).sendKeys(Keys.SPACE);
        assertTrue(radio(browser, questions.get(1).id(), "yes").isSelected(), "Space chooses the focused radio");
        active(browser).sendKeys(Keys.TAB);
        assertFocused(browser, questions.get(2).id(), "yes");
        active(browser).sendKeys(Keys.ARROW_RIGHT);
        assertFocused(browser, questions.get(2).id(), "no");
        assertTrue(radio(browser, questions.get(2).id(), "no").isSelected(), "an arrow key moves the choice");
        waitForText(browser, By.id("ceo-progress-text"), "3 of 10 answered");

        for (QuestionDef question : questions.subList(3, questions.size())) {
            choose(browser, question.id(), answers.get(question.id()));
        }
        waitForText(browser, By.id("ceo-progress-text"), "10 of 10 answered");
        assertEquals("10", browser.findElement(By.id("ceo-progress")).getDomProperty("value"));
        answers.forEach((id, value) -> assertTrue(radio(browser, id, value).isSelected(), id + " is " + value));

        browser.findElement(By.cssSelector("#ceo-form button[type=submit]")).click();
        waitFor(browser, d -> RESULT_URL.matcher(d.getCurrentUrl()).matches());
        assertEquals("Diagnosis · salesdx", browser.getTitle());

        // The chart: one row per pillar, in the knowledge base's order; skills is not assessed.
        WebElement chart = browser.findElement(By.cssSelector("svg.chart"));
        assertTrue(chart.isDisplayed());
        List<WebElement> rows = chart.findElements(By.cssSelector(":scope > g"));
        List<String> pillarNames = knowledge.pillars().stream().map(Pillar::name).toList();
        List<String> labels = rows.stream().map(r -> r.findElement(By.cssSelector("text.label")).getText()).toList();
        for (int i = 0; i < pillarNames.size(); i++) {
            assertTrue(labels.get(i).startsWith(pillarNames.get(i)), "row " + i + " is " + labels.get(i));
        }
        String skills = knowledge.pillar("skills").orElseThrow().name();
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i).findElement(By.cssSelector("text.value")).getText();
            if (pillarNames.get(i).equals(skills)) {
                assertEquals("not assessed", value, "a pillar answered only \"don't know\" is not scored");
                assertTrue(rows.get(i).findElements(By.cssSelector("rect.bar")).isEmpty());
            } else {
                assertTrue(value.matches("\\d{1,3}"), pillarNames.get(i) + " has a score, not \"" + value + "\"");
            }
        }
        assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby=pillars-h]")).getText()
                .contains("a missing answer never counts as a no): " + skills + "."));

        List<WebElement> startHere = browser.findElements(By.cssSelector("section[aria-labelledby=start-h] ol.interventions > li"));
        assertTrue(startHere.size() >= 2 && startHere.size() <= 3, "\"Start here\" lists two or three interventions: " + startHere.size());
        assertFalse(browser.findElement(By.cssSelector(".start-reason")).getText().isBlank(), "it says why the first is first");
        startHere.forEach(i -> assertFalse(i.findElement(By.tagName("h3")).getText().isBlank()));

        // Findings, each with its evidence folded away until asked for.
        List<WebElement> findings = browser.findElements(By.cssSelector("section[aria-labelledby=findings-h] li.finding"));
        assertFalse(findings.isEmpty(), "four \"no\" answers lead to findings");
        WebElement finding = findings.get(0);
        WebElement details = finding.findElement(By.tagName("details"));
        WebElement evidence = details.findElement(By.cssSelector(".evidence li"));
        assertFalse(evidence.isDisplayed(), "evidence is folded at first");
        WebElement summary = details.findElement(By.tagName("summary"));
        assertTrue(summary.getText().startsWith("Why we think so"), summary.getText());
        summary.click();
        waitFor(browser, d -> details.getDomAttribute("open") != null && evidence.isDisplayed());
        String questionText = evidence.findElement(By.cssSelector(".q")).getText();
        QuestionDef answered = questions.stream().filter(q -> q.text().equals(questionText)).findFirst()
                .orElseThrow(() -> new AssertionError("evidence names a CEO question: " + questionText));
        assertEquals(answers.get(answered.id()), evidence.findElement(By.cssSelector(".a")).getText(),
                "the evidence shows the answer given to " + answered.id());

        screenshot(browser, "ceo-result.png");

        // Printed (or saved as PDF): no site chrome, no buttons; the report itself stays.
        WebElement header = browser.findElement(By.cssSelector("header.site"));
        WebElement footer = browser.findElement(By.cssSelector("footer.site"));
        WebElement goDeeper = browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Go deeper')]"));
        assertTrue(header.isDisplayed() && footer.isDisplayed() && goDeeper.isDisplayed(), "all shown on screen");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        waitFor(browser, d -> Boolean.TRUE.equals(script(d, "return matchMedia('print').matches")));
        assertFalse(header.isDisplayed(), "no site header in print");
        assertFalse(footer.isDisplayed(), "no site footer in print");
        assertFalse(goDeeper.isDisplayed(), "no go-deeper button in print");
        assertTrue(chart.isDisplayed(), "the chart prints");
        assertTrue(startHere.get(0).isDisplayed(), "the interventions print");
        assertTrue(findings.get(0).isDisplayed(), "the findings print");
        screenshot(browser, "ceo-result-print.png");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void anInterviewKeepsEveryAnswerAcrossTwoSittings() throws IOException {
        ChromeDriver first = newBrowser(1280, 1000);
        first.get(server.url("/"));
        first.findElement(By.id("title")).sendKeys("Acme Logistics");
        first.findElement(By.id("respondent")).sendKeys("Dana Reyes, Head of Sales");
        first.findElement(By.xpath("//button[normalize-space()='Start an interview']")).click();
        waitFor(first, d -> INTERVIEW_URL.matcher(d.getCurrentUrl()).matches());
        String interviewUrl = first.getCurrentUrl();
        assertEquals("Interview: Acme Logistics", first.findElement(By.tagName("h1")).getText());
        assertTrue(first.findElement(By.cssSelector("main")).getText().contains("With Dana Reyes, Head of Sales"));

        Questionnaire consultant = knowledge.questionnaires().get("consultant");
        int total = consultant.orderedQuestions().size();
        int contextTotal = sectionSize(consultant, "context");
        int strategyTotal = sectionSize(consultant, "strategy");
        assertEquals("0 of " + total + " answered", first.findElement(By.id("overall")).getText());
        assertEquals("0/" + contextTotal, progressCell(first, "context").getText());
        assertEquals("0/" + strategyTotal, progressCell(first, "strategy").getText());
        String strategy = knowledge.pillar("strategy").orElseThrow().name();
        assertTrue(provisionalPillar(first, strategy).getText().startsWith(strategy + ": not assessed"));
        assertTrue(provisionalPillar(first, strategy).getText().endsWith("3 more answers would score it"),
                provisionalPillar(first, strategy).getText());
        int findingsBefore = first.findElements(By.cssSelector("#provisional-findings > li")).size();

        String note = "The deck exists; nobody opens it. \"ICP\" means <whoever buys>.";
        // A choice radio, a number (typed, then Tab so "change" fires), a yes/no radio with a note,
        // a scale radio and a "don't know": each saved on its own, as it is given.
        choose(first, "context.sales_motion", "complex_b2b");
        waitForSaved(first, "context.sales_motion");
        WebElement months = control(first, "context.sales_cycle_months", "input[type=number]");
        months.sendKeys("9", Keys.TAB);
        waitForSaved(first, "context.sales_cycle_months");
        waitForText(first, By.cssSelector("[data-progress=context]"), "2/" + contextTotal);

        choose(first, "strategy.icp_exists", "no");
        waitForSaved(first, "strategy.icp_exists");
        WebElement noteBox = first.findElement(By.id("n-strategy.icp_exists"));
        noteBox.sendKeys(note, Keys.TAB);
        waitForSaved(first, "strategy.icp_exists");
        choose(first, "strategy.product_market_fit", "2");
        waitForSaved(first, "strategy.product_market_fit");
        dontKnow(first, "strategy.icp_validated").click();
        waitForSaved(first, "strategy.icp_validated");

        waitForText(first, By.cssSelector("[data-progress=strategy]"), "3/" + strategyTotal);
        waitForText(first, By.id("overall"), "5 of " + total + " answered");
        // The provisional panel follows: a finding from the "no", pillars still listed (two real
        // strategy answers are too few to score it: it stays "not assessed" and says what would score it).
        waitFor(first, d -> d.findElements(By.cssSelector("#provisional-findings > li")).size() > findingsBefore);
        // The panel is repainted after each save; read it once no save is in flight any more.
        waitFor(first, d -> "false".equals(d.findElement(By.cssSelector("aside.provisional")).getDomAttribute("aria-busy")));
        WebElement firstFinding = first.findElement(By.cssSelector("#provisional-findings > li"));
        assertTrue(firstFinding.findElement(By.cssSelector(".badge")).getText().matches("(?i)high|medium|low"));
        assertTrue(firstFinding.getText().length() > 10, firstFinding.getText());
        assertEquals(knowledge.pillars().size(), first.findElements(By.cssSelector("#provisional-pillars > li")).size());
        waitFor(first, d -> provisionalPillar(d, strategy).getText().endsWith("1 more answer would score it"));
        assertTrue(provisionalPillar(first, strategy).getText().startsWith(strategy + ": not assessed"));
        assertTrue(first.findElements(By.cssSelector("fieldset.question .status.failed")).isEmpty(), "nothing failed to save");

        scrollTo(first, fieldset(first, "strategy.icp_exists"));
        screenshot(first, "interview.png", false);
        quit(first);

        // Another sitting: a new browser with a blank profile, so nothing can come from the old tab.
        ChromeDriver second = newBrowser(1280, 1000);
        second.get(interviewUrl);
        assertEquals("Interview: Acme Logistics", second.findElement(By.tagName("h1")).getText());
        assertTrue(radio(second, "a.context.sales_motion", "complex_b2b").isSelected(), "choice kept");
        assertEquals("9", control(second, "context.sales_cycle_months", "input[type=number]")
                .getDomProperty("value"), "number kept");
        assertTrue(radio(second, "a.strategy.icp_exists", "no").isSelected(), "yes/no kept");
        assertEquals(note, second.findElement(By.id("n-strategy.icp_exists")).getDomProperty("value"), "note kept");
        assertTrue(radio(second, "a.strategy.product_market_fit", "2").isSelected(), "scale kept");
        assertTrue(dontKnow(second, "strategy.icp_validated").isSelected(), "don't know kept");
        assertTrue(fieldset(second, "strategy.icp_validated").findElements(By.cssSelector("input[type=radio]:checked")).isEmpty());
        assertEquals("5 of " + total + " answered", second.findElement(By.id("overall")).getText());
        assertEquals("2/" + contextTotal, progressCell(second, "context").getText());
        assertEquals("3/" + strategyTotal, progressCell(second, "strategy").getText());
        assertNotEquals(0, second.findElements(By.cssSelector("#provisional-findings > li")).size());

        second.findElement(By.xpath("//button[normalize-space()='Finish and see the diagnosis']")).click();
        waitFor(second, d -> RESULT_URL.matcher(d.getCurrentUrl()).matches());
        String reportHeader = second.findElement(By.cssSelector(".report-header")).getText();
        assertTrue(reportHeader.contains("Acme Logistics") && reportHeader.contains("Dana Reyes, Head of Sales")
                && reportHeader.contains("consultant interview"), "the report names engagement, respondent and questionnaire: "
                + reportHeader);
        assertFalse(second.findElements(By.cssSelector("li.finding")).isEmpty());
        List<String> notes = second.findElements(By.cssSelector(".evidence .note")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertTrue(notes.contains("Note: " + note), "the note travels with its evidence: " + notes);
    }

    @Test
    void aPhoneSizedScreenCanAnswerTheCeoDiagnostic() throws IOException {
        ChromeDriver phone = newBrowser(390, 844);
        phone.get(server.url("/ceo"));
        assertEquals(390L, script(phone, "return window.innerWidth"), "the viewport is phone sized");
        assertNoHorizontalScroll(phone, "the CEO page");

        List<QuestionDef> questions = knowledge.questionnaires().get("ceo").orderedQuestions();
        String[] cycle = {"no", "yes", "dont_know"};
        for (int i = 0; i < questions.size(); i++) {
            choose(phone, questions.get(i).id(), cycle[i % cycle.length]);
        }
        waitForText(phone, By.id("ceo-progress-text"), questions.size() + " of " + questions.size() + " answered");
        assertNoHorizontalScroll(phone, "the answered CEO page");
        screenshot(phone, "ceo-phone.png");

        phone.findElement(By.cssSelector("#ceo-form button[type=submit]")).click();
        waitFor(phone, d -> RESULT_URL.matcher(d.getCurrentUrl()).matches());
        assertTrue(phone.findElement(By.cssSelector("svg.chart")).isDisplayed());
        screenshot(phone, "ceo-result-phone.png");
    }

    // --- the browser ---------------------------------------------------------------------------

    private ChromeDriver newBrowser(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("salesdx-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        drivers.add(driver);
        profiles.put(driver, profile);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        // Headless windows have no browser chrome, but make the viewport exact whatever the version.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }

    private void quit(ChromeDriver driver) {
        drivers.remove(driver);
        try {
            driver.quit();
        } finally {
            deleteTree(profiles.remove(driver));
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary profile is not worth failing a test over
        }
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        screenshot(driver, name, true);
    }

    /**
     * A PNG for a reviewer: the whole page (from the top, so sticky parts sit where they belong)
     * or just what the window shows.
     */
    private static void screenshot(ChromeDriver driver, String name, boolean fullPage) throws IOException {
        byte[] png;
        if (!fullPage) {
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
            return;
        }
        script(driver, "window.scrollTo(0, 0)");
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    // --- the page --------------------------------------------------------------------------------

    private static WebElement fieldset(WebDriver driver, String questionId) {
        return driver.findElement(By.id("q-" + questionId));
    }

    /** The radio with this name and value (CEO radios are named by question id, interview ones "a." + id). */
    private static WebElement radio(WebDriver driver, String name, String value) {
        return driver.findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"));
    }

    /** The answer control of a question, failing with a message a person can act on when the page lacks it. */
    private static WebElement control(WebDriver driver, String questionId, String css) {
        WebElement fieldset = fieldset(driver, questionId);
        List<WebElement> found = fieldset.findElements(By.cssSelector(css));
        if (found.isEmpty()) {
            throw new AssertionError("question " + questionId + " (" + fieldset.getDomAttribute("data-type")
                    + ") renders no " + css + " to answer with; its controls are: "
                    + fieldset.findElement(By.cssSelector(".choices")).getDomProperty("innerHTML").strip());
        }
        return found.get(0);
    }

    /** Chooses an answer the way a person does: a click on the option's label. */
    private static void choose(WebDriver driver, String questionId, String value) {
        WebElement input = control(driver, questionId, "input[type=radio][value='" + value + "']");
        input.findElement(By.xpath("./ancestor::label[1]")).click();
        waitFor(driver, d -> input.isSelected());
    }

    private static WebElement dontKnow(WebDriver driver, String questionId) {
        return driver.findElement(By.cssSelector("input[type=checkbox][name='dk." + questionId + "']"));
    }

    private static WebElement progressCell(WebDriver driver, String section) {
        return driver.findElement(By.cssSelector("[data-progress='" + section + "']"));
    }

    private static WebElement provisionalPillar(WebDriver driver, String pillarName) {
        return driver.findElements(By.cssSelector("#provisional-pillars > li")).stream()
                .filter(li -> li.getText().startsWith(pillarName + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no provisional line for " + pillarName));
    }

    private static int sectionSize(Questionnaire questionnaire, String section) {
        return (int) questionnaire.orderedQuestions().stream().filter(q -> q.section().equals(section)).count();
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static void assertFocused(WebDriver driver, String name, String value) {
        WebElement focused = active(driver);
        assertEquals(name + "=" + value, focused.getDomAttribute("name") + "=" + focused.getDomAttribute("value"),
                "keyboard focus");
    }

    private static void waitForSaved(WebDriver driver, String questionId) {
        WebElement status = fieldset(driver, questionId).findElement(By.cssSelector(".status"));
        try {
            waitFor(driver, d -> status.getText().equals("Saved"));
        } catch (RuntimeException e) {
            throw new AssertionError(questionId + " was not saved; status reads \"" + status.getText() + "\"", e);
        }
    }

    private static void waitForText(WebDriver driver, By locator, String text) {
        try {
            waitFor(driver, d -> d.findElement(locator).getText().equals(text));
        } catch (RuntimeException e) {
            throw new AssertionError(locator + " should read \"" + text + "\" but reads \""
                    + driver.findElement(locator).getText() + "\"", e);
        }
    }

    private static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
        // A repaint between finding an element and reading it is a retry, not a failure.
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private static Object script(WebDriver driver, String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private static void scrollTo(WebDriver driver, WebElement element) {
        script(driver, "arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void assertNoHorizontalScroll(WebDriver driver, String page) {
        long scrollWidth = (Long) script(driver, "return document.documentElement.scrollWidth");
        long innerWidth = (Long) script(driver, "return window.innerWidth");
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) script(driver, "var w = window.innerWidth; return Array.from("
                + "document.querySelectorAll('body *')).filter(function (e) { return e.getBoundingClientRect().right > w + 1; })"
                + ".slice(0, 5).map(function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''); })");
        assertTrue(scrollWidth <= innerWidth, page + " scrolls sideways: " + scrollWidth + "px wide in a "
                + innerWidth + "px window; widest: " + wide);
    }
}
