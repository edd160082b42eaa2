package io.corroborate.analysis.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.figure.Quantity;
import io.corroborate.analysis.figure.QuantityExtractor;

/**
 * Any text goes through the extractors without an exception, and every claim's quote points at its surface.
 * {@code ./mvnw test} replays the kept inputs (src/test/resources/.../ExtractorFuzzTestInputs); with
 * {@code JAZZER_FUZZ=1} it fuzzes for the given duration and keeps new crashers there.
 */
class ExtractorFuzzTest {

    private static final ClaimExtractor CLAIMS = new ClaimExtractor();
    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();

    @FuzzTest(maxDuration = "60s")
    void claimsAlwaysPointAtTheirSurface(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (ClaimDraft claim : CLAIMS.extract(text)) {
            assertEquals(claim.quote().surface(), text.substring(claim.quote().start(), claim.quote().end()));
            assertTrue(claim.value().amount() != null, "a claim always has an amount");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void quantitiesAlwaysPointAtTheirSurface(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Quantity q : QUANTITIES.extract(text)) {
            assertEquals(q.quote().surface(), text.substring(q.quote().start(), q.quote().end()));
            assertTrue(q.value().amount() != null, "a quantity always has an amount");
        }
    }
}
