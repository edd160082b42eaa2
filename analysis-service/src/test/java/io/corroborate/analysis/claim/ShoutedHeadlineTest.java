package io.corroborate.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tabloid's headline in capitals reads as the same words in lower case; its quote keeps the capitals. Each row: a
 * headline and its claims as {@code surface=kind amount unit}, joined by "; ".
 */
class ShoutedHeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            HORROR AS PLANE PLUNGES: 3 DEAD, BOY SURVIVES     | 3=COUNT 3 people
            450 JOBS AXED IN PILL PLANT BLOODBATH             | 450=COUNT 450 jobs
            SNOW BUS HORROR: KIDS SCREAM AS BUS PLUNGES 20FT  | 20FT=QUANTITY 20 foot
            """)
    void readsAHeadlineInCapitals(String headline, String expected) {
        List<ClaimDraft> drafts = new ClaimExtractor().extract(headline);
        String found = drafts.stream().map(d -> d.quote().surface() + "=" + d.value().kind() + " "
                + d.value().amount().stripTrailingZeros().toPlainString() + " " + d.value().unit())
                .collect(Collectors.joining("; "));
        assertEquals(expected, found);
        drafts.forEach(d -> assertEquals(headline, d.quote().sentence()));
    }
}
