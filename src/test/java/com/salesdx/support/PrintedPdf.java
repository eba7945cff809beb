package com.salesdx.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** A page printed by the browser: the text of each page, and how far down each page its body text reaches (0 top, 1 bottom). */
public record PrintedPdf(List<String> text, List<Double> bodyReach) {
    private static final Pattern PAGE_NUMBER = Pattern.compile("Page \\d+ of \\d+");

    /** Prints the page in {@code browser} on A4 without backgrounds; keeps the PDF and a picture of each page in {@code artifacts}. */
    public static PrintedPdf print(ChromeDriver browser, Path artifacts, String name) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0)); // A4 in centimetres: height, width
        options.setBackground(false); // as most people print: without background graphics
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        Files.write(artifacts.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60, ImageType.GRAY);
                ImageIO.write(image, "png", artifacts.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
            return read(document);
        }
    }

    /** The text of each printed page, and how far down each page its body text reaches (0 top, 1 bottom). */
    static PrintedPdf read(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        List<Double> reach = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            double height = document.getPage(page - 1).getMediaBox().getHeight();
            double[] lowest = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) throws IOException {
                    // The page number at the foot is not body text: it is on every page, full or not.
                    if (!PAGE_NUMBER.matcher(line).find()) {
                        positions.forEach(p -> lowest[0] = Math.max(lowest[0], p.getYDirAdj()));
                    }
                    super.writeString(line, positions);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
            reach.add(lowest[0] / height);
        }
        return new PrintedPdf(pages, reach);
    }

    public int pages() {
        return text.size();
    }

    public void assertEveryPageNumbered() {
        for (int i = 0; i < pages(); i++) {
            assertTrue(text.get(i).contains("Page " + (i + 1) + " of " + pages()), "page " + (i + 1) + ":\n" + text.get(i));
        }
    }

    public void assertEveryPageCarries(String runningHeader) {
        for (int i = 0; i < pages(); i++) {
            assertTrue(text.get(i).contains(runningHeader), "page " + (i + 1) + " carries \"" + runningHeader + "\":\n"
                    + text.get(i));
        }
    }

    /** A page that ends above its middle before another page starts is the "half-empty page" a forced break leaves. */
    public void assertNoPageButTheLastIsHalfEmpty() {
        for (int i = 0; i < pages() - 1; i++) {
            assertTrue(bodyReach.get(i) > 0.75, "page " + (i + 1) + " of " + pages() + " ends at "
                    + Math.round(bodyReach.get(i) * 100) + "% of its height");
        }
    }
}
