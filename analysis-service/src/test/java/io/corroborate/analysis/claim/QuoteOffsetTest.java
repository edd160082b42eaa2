package io.corroborate.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.corroborate.api.Quote;

class QuoteOffsetTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Orbital's $14.3 billion investment in Kestrel Labs closed.              | 10 | 23 | $14.3 billion
            Orbital Bets $14B On Kestrel Labs\\n\\nIt paid €1.2 trillion in cash.   | 43 | 56 | €1.2 trillion
            Over 9,000 contractors label data.                                      | 5  | 10 | 9,000
            The $29 billion+ valuation of Kestrel Labs stunned rivals.              | 4  | 16 | $29 billion+
            Kestrel Labs's 28-year-old CEO spoke.                                   | 15 | 26 | 28-year-old
            Turnout hit 49 percent. Acme Inc. paid US$2m for 10.5 million Australian dollars of bonds. | 49 | 80 | 10.5 million Australian dollars
            """)
    void pointsAtTheFigureInTheOriginalText(String raw, int start, int end, String surface) {
        String text = raw.replace("\\n", "\n");
        Quote quote = Drafts.at(text, surface).quote();
        assertEquals(start, quote.start());
        assertEquals(end, quote.end());
        assertEquals(surface, text.substring(quote.start(), quote.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Headline With $5 Million\n\nBody: Acme paid $14.3 billion. Mr. Li, 52, agreed. About 40% left.",
        "  \n\nAcme Inc. said 1,200 workers (about 9%) quit in 2021.\nNext line has $3bn+ and ~$2m.",
        "“Acme paid €500,000,” she said. The U.S. unit lost 12 percent.\n\n\nEnd: 4.3 per cent."})
    void everyQuoteIsASubstringOfItsSentenceAndText(String text) {
        List<ClaimDraft> drafts = extractor.extract(text);
        assertFalse(drafts.isEmpty());
        for (ClaimDraft d : drafts) {
            Quote q = d.quote();
            assertEquals(q.surface(), text.substring(q.start(), q.end()));
            assertTrue(text.contains(q.sentence()) && q.sentence().contains(q.surface()), q::toString);
        }
    }
}
