package io.corroborate.analysis.frame;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;

/**
 * A verb told as a death by the words right after it ("shot dead", "stabbed to death", "shot and killed") measures
 * deaths, while "shot" alone measures the people the gunfire hit, as "wounded" does.
 */
class DeathToldAfterTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            Two men were shot dead in Bridgeport last month.           | Two   | kill  | shoot
            Three people were shot and killed on Main Street.         | Three | kill  | shoot
            Five people were shot outside the bar on Sunday.          | Five  | shoot | kill
            Four people were stabbed to death in the attack.          | Four  | kill  | stab
            """)
    void aDeathToldAfterTheVerbIsADeath(String sentence, String surface, String measured, String notMeasured) {
        List<ClaimDraft> drafts = EXTRACTOR.extract(sentence);
        ClaimDraft draft = drafts.stream().filter(d -> d.quote().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + surface + " in " + drafts));
        assertTrue(draft.measure().contains(measured), () -> "measure " + draft.measure());
        assertFalse(draft.measure().contains(notMeasured), () -> "measure " + draft.measure());
    }
}
