package io.corroborate.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.corroborate.ingest.extract.ExtractedPage;
import io.corroborate.ingest.extract.HtmlExtractor;
import io.corroborate.ingest.extract.TextCleaner;
import io.corroborate.ingest.feed.FeedReader;

/**
 * Hostile bytes through the HTML extractor, the text cleaner and the feed reader: no exception escapes (a feed
 * that is not one is refused as such) and no control character survives into stored text. {@code ./mvnw test}
 * replays the kept inputs; {@code JAZZER_FUZZ=1} fuzzes and keeps new crashers.
 */
class IngestFuzzTest {

    private static final HtmlExtractor HTML = new HtmlExtractor();
    private static final TextCleaner CLEANER = new TextCleaner();
    private static final FeedReader FEEDS = new FeedReader();

    @FuzzTest(maxDuration = "60s")
    void htmlExtractionNeverThrows(FuzzedDataProvider data) {
        ExtractedPage page = HTML.extract(data.consumeRemainingAsString(), "https://news.example/a");
        assertFalse(page.text() != null && page.text().contains("\u0000"));
    }

    @FuzzTest(maxDuration = "60s")
    void textCleaningNeverThrows(FuzzedDataProvider data) {
        String cleaned = CLEANER.clean(data.consumeRemainingAsString());
        assertFalse(cleaned.contains("\u0000"));
    }

    @FuzzTest(maxDuration = "60s")
    void feedReadingRefusesOrReads(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? "application/rss+xml" : null;
        try {
            FEEDS.read(data.consumeRemainingAsBytes(), contentType);
        } catch (FeedReader.NotAFeedException refused) {
            // The expected answer to bytes that are not a feed.
        }
    }
}
