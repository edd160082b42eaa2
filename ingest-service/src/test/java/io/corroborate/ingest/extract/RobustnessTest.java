package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RobustnessTest {

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<String> junk() {
        byte[] bytes = new byte[20_000];
        new Random(42).nextBytes(bytes);
        return Stream.of(
                "",
                "<<<<>>>><</</p></p><p<p<p>",
                "<html><body><p>Unclosed <b>bold <i>italic <div>and a div",
                "<table><tr><td><table><tr><td>nested</td></tr>",
                new String(bytes, StandardCharsets.ISO_8859_1),
                new String(bytes, StandardCharsets.UTF_8),
                "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000),
                "<p title=\"" + "x".repeat(200_000) + "\">attr</p>",
                "<script type=\"application/ld+json\">" + "[".repeat(50_000) + "</script><p>text</p>",
                "<p>" + "[".repeat(50_000) + "](" + "</p>",
                "<meta property=\"article:published_time\" content=\"" + "9".repeat(5_000) + "\">",
                "<html lang=\"\u0000\u00ff\"><link rel=\"canonical\" href=\"http://[::bad\"></html>",
                "<p>" + "Jan 1, 2030 | ".repeat(10_000) + "</p>");
    }

    @ParameterizedTest
    @MethodSource("junk")
    void htmlExtractorNeverThrowsOnJunk(String html) {
        ExtractedPage page = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(html, "not a url"));
        assertNotNull(page.text());
    }

    @ParameterizedTest
    @MethodSource("junk")
    void textCleanerNeverThrowsOnJunk(String text) {
        String cleaned = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cleaner.clean(text));
        assertNotNull(cleaned);
    }

    @Test
    void nullInputsGiveEmptyResults() {
        assertEquals("", extractor.extract(null, null).text());
        assertEquals("", cleaner.clean(null));
    }

    @Test
    void sharedExtractorIsSafeAcrossThreads() {
        String html = Fixtures.read("html/jsonld-news-article.html");
        String expected = extractor.extract(html, null).text();
        assertDoesNotThrow(() -> {
            Thread[] threads = new Thread[4];
            String[] results = new String[threads.length];
            for (int i = 0; i < threads.length; i++) {
                int slot = i;
                threads[i] = new Thread(() -> results[slot] = extractor.extract(html, null).text());
                threads[i].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            for (String result : results) {
                assertEquals(expected, result);
            }
        });
    }
}
