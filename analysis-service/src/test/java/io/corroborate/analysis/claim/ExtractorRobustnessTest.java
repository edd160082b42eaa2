package io.corroborate.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorRobustnessTest {

    private static final String PARAGRAPH = "Orbital's $14.3 billion investment in Kestrel Labs closed on Jan. 5. "
            + "The deal gives Orbital a 49% stake. Kestrel Labs has over 9,000 contractors and its 28-year-old CEO, "
            + "Dana Whitlock, founded it in 2016. Nordvik paid about $2 million, or 4.3 per cent of its budget.\n\n";

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void handlesThousandsOfSentencesPerSecond() {
        String text = PARAGRAPH.repeat(500);
        extractor.extract(PARAGRAPH.repeat(50));
        long start = System.nanoTime();
        List<ClaimDraft> drafts = extractor.extract(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(500 * 8, drafts.size()); // seven figures and the date "Jan. 5"
        assertTrue(millis < 4_000, "2,000 sentences took " + millis + " ms");
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        List<ClaimDraft> expected = extractor.extract(PARAGRAPH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ClaimDraft>>> results = pool.invokeAll(java.util.Collections.nCopies(32,
                    () -> extractor.extract(PARAGRAPH)));
            for (Future<List<ClaimDraft>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\n", "$", "%%%", "1,2,3,4,5,6,7,8,9", "....", "$$$ 1 2 3 bn bn bn"})
    void survivesOddInput(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> extractor.extract(text));
    }

    @Test
    void staysFastOnPathologicalInput() {
        String digits = "1,".repeat(20_000) + " " + "9".repeat(5_000) + " " + "A ".repeat(20_000) + "$".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> extractor.extract(digits));
    }
}
