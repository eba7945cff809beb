package com.salesdx.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesdx.support.Chromium;
import com.salesdx.support.PrintedPdf;
import com.salesdx.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The report in a real Chromium, on screen and printed to PDF the way a consultant saves it:
 * the order a reader meets things in, the details toggle, and the paper (A4 page count, running
 * header, page numbers, pages filled, severity legible without colour). The PDF, an image of each
 * page and a screenshot go to target/report-artifacts/ for a human to look at.
 */
class ReportInTheBrowserTest {
    private static final Path ARTIFACTS = Path.of("target", "report-artifacts");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    /** Five "no" answers that give the executive diagnostic exactly five findings (one high, four medium). */
    private static final List<String> NO = List.of("ceo.strategy_tested_customer", "ceo.strategy_line_of_sight",
            "ceo.process_exit_criteria", "ceo.process_forecast_within_ten", "ceo.leadership_managers_coach");
    private static final List<String> YES = List.of("ceo.leadership_weekly_indicators", "ceo.leadership_diagnosed_before_changing",
            "ceo.leadership_system_review", "ceo.skills_plan_survives_top_sellers", "ceo.compensation_aligned");

    @TempDir
    Path data;
    private TestServer server;
    private Chromium chromium;

    @BeforeEach
    void start() throws IOException {
        Chromium.requireInstalled("the report browser test");
        Files.createDirectories(ARTIFACTS);
        server = TestServer.embedded(data);
        chromium = Chromium.start(1280, 1000);
    }

    @AfterEach
    void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void anExecutiveResultWithFiveFindingsReadsSummaryFirstAndPrintsOnThreeFilledA4PagesOrFewer() throws Exception {
        Map<String, Object> answers = new LinkedHashMap<>();
        NO.forEach(q -> answers.put(q, "no"));
        YES.forEach(q -> answers.put(q, "yes"));
        String id = JSON.readTree(server.post("/api/diagnoses", JSON.writeValueAsString(
                Map.of("questionnaire", "ceo", "answers", answers))).body()).get("id").asText();
        ChromeDriver browser = chromium.driver();
        browser.get(server.url("/results/" + id));

        List<WebElement> findings = browser.findElements(By.cssSelector("section[aria-labelledby=findings-h] li.finding"));
        assertEquals(5, findings.size(), "the answers were chosen for five findings");
        List<String> headings = browser.findElements(By.cssSelector("article.report h2")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertEquals(List.of("Summary", "Pillars", "Findings", "Where to start"), headings, "summary first, advice last");
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertEquals(today, browser.findElement(By.cssSelector(".who .date")).getText());
        String summary = browser.findElement(By.cssSelector("p.summary")).getText();
        assertTrue(summary.contains(findings.get(0).findElement(By.tagName("h3")).getText().replaceFirst("^HIGH ", "")),
                "the summary names the finding that matters most: " + summary);
        assertTrue(summary.contains("Where to start:"), summary);

        // On screen, rule files, lines, the rules hash and ids wait behind the details toggle.
        String main = browser.findElement(By.tagName("main")).getText();
        assertFalse(main.contains(".drl:"), "no rule file and line on the page until asked for");
        assertFalse(ISO_TIMESTAMP.matcher(main).find(), "no raw timestamp: " + main);
        WebElement details = browser.findElement(By.cssSelector("details.provenance"));
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.getText().matches("(?s).*rules/[a-z-]+\\.drl:\\d+.*"), "opened, the details name rule files and lines");
        screenshot(browser, "executive-result.png");

        // Chart: the band in words and the answers behind each pillar, not colour alone.
        for (WebElement row : browser.findElements(By.cssSelector("svg.chart > g"))) {
            String said = row.findElements(By.tagName("text")).stream().map(WebElement::getText).collect(Collectors.joining(" / "));
            assertTrue(said.matches(".* / (\\d+ / )?((strong|no warning sign|needs attention|weak)( · level \\d)? · (low|medium|high) confidence"
                    + "|not assessed / \\d+ more answers? would score it) / .* from (\\d+ answers?( and \\d+ don't know)?|\\d+ don't know) of \\d+"),
                    said);
        }
        // Every line of the chart fits inside it, on screen and on paper: SVG text is never wrapped, only cut off.
        for (String media : List.of("", "print")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) browser.executeScript("var svg = document.querySelector('svg.chart');"
                    + "var width = svg.viewBox.baseVal.width; return Array.from(svg.querySelectorAll('text'))"
                    + ".filter(function (t) { var b = t.getBBox(); return b.x < 0 || b.x + b.width > width; })"
                    + ".map(function (t) { return t.textContent; });");
            assertTrue(cut.isEmpty(), "chart lines cut off at its edge" + (media.isEmpty() ? "" : " in print") + ": " + cut);
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // Severity in print: a black word in a black border, whatever the printer does with backgrounds.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        WebElement badge = browser.findElement(By.cssSelector(".badge.high"));
        assertEquals("rgba(0, 0, 0, 1)", badge.getCssValue("color"));
        assertEquals("solid", badge.getCssValue("border-top-style"));
        assertEquals("rgba(0, 0, 0, 0)", badge.getCssValue("background-color"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        PrintedPdf printed = print(browser, "executive-result");
        assertTrue(printed.pages() <= 3, "five findings fit on three A4 pages or fewer; printed " + printed.pages());
        printed.assertEveryPageNumbered();
        printed.assertEveryPageCarries("Sales system diagnosis");
        printed.assertNoPageButTheLastIsHalfEmpty();
        String all = String.join("\n", printed.text());
        assertTrue(all.contains("high severity"), "severity is printed as a word");
        String appendix = all.substring(Math.max(0, all.indexOf("Appendix")));
        assertTrue(appendix.startsWith("Appendix: how this report was produced"), "on paper the details are an appendix:\n" + all);
        assertTrue(appendix.matches("(?s).*rules/[a-z-]+\\.drl:\\d+.*"), "naming rule files and lines:\n" + appendix);
        List<Integer> onPaper = List.of("\nSummary\n", "\nPillars\n", "\nFindings\n", "\nWhere to start\n", "\nAppendix")
                .stream().map(all::indexOf).toList();
        assertTrue(onPaper.stream().allMatch(i -> i >= 0) && onPaper.equals(onPaper.stream().sorted().toList()),
                "summary, pillars, findings, where to start, appendix on paper: " + onPaper);
        assertFalse(ISO_TIMESTAMP.matcher(all).find(), "no raw timestamp on paper");
        assertFalse(all.contains("Go deeper") || all.contains("Answers as CSV"), "no buttons or links on paper");
    }

    @Test
    void anInterviewReportNamesClientAndRespondentOnScreenAndAtTheTopOfEveryPrintedPage() throws Exception {
        String client = "Nordwind & Söhne \"Logistik\" <GmbH>";
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("title", "Q3 sales review");
        start.put("client", client);
        start.put("respondent", "Dana Reyes, Head of Sales");
        String interview = server.startInterview(JSON.writeValueAsString(start));
        for (String question : List.of("strategy.icp_exists", "process.exit_criteria", "leadership.managers_prepared")) {
            server.put("/api/interviews/" + interview + "/answers/" + question, "{\"value\":\"no\"}");
        }
        String result = JSON.readTree(server.post("/api/interviews/" + interview + "/finish", "").body()).get("id").asText();
        ChromeDriver browser = chromium.driver();
        browser.get(server.url("/results/" + result));

        assertEquals(client, browser.findElement(By.cssSelector(".who .client")).getText());
        assertEquals("Dana Reyes, Head of Sales", browser.findElement(By.cssSelector(".who .respondents")).getText());
        assertTrue(browser.findElement(By.cssSelector(".who")).getText().contains("Q3 sales review"));
        assertEquals("Diagnosis: " + client + " · salesdx", browser.getTitle());
        screenshot(browser, "interview-result.png");

        PrintedPdf printed = print(browser, "interview-result");
        printed.assertEveryPageNumbered();
        printed.assertEveryPageCarries(client + " · Sales system diagnosis");

        // The exported page prints the same way, from one self-contained file.
        browser.get(server.url("/results/" + result + "/report.html"));
        assertEquals(client, browser.findElement(By.cssSelector(".who .client")).getText());
        PrintedPdf exported = print(browser, "interview-export");
        exported.assertEveryPageNumbered();
        exported.assertEveryPageCarries(client + " · Sales system diagnosis");
    }

    // --- printing and reading the PDF ------------------------------------------------------------

    private static PrintedPdf print(ChromeDriver browser, String name) throws IOException {
        return PrintedPdf.print(browser, ARTIFACTS, name);
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.write(ARTIFACTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
