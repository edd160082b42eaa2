package io.corroborate.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String ARTICLE = "The regional council voted on Tuesday to close two of the four ferry "
            + "terminals on the northern coast by the end of next year, citing falling passenger numbers and the "
            + "cost of repairing piers damaged in last winter's storms. The operator said the remaining routes "
            + "would run more often, and that season tickets bought before the vote would be honoured in full. "
            + "Residents of the two harbour towns said they would appeal the decision to the national transport "
            + "ministry, arguing that the closures would cut off dozens of small businesses from the mainland.";

    /**
     * Signatures and fingerprints are stored: a new version must compute the very values an older one stored, or
     * duplicates submitted across an upgrade go unseen. These are the values of the first released computation.
     */
    @Test
    void signatureAndFingerprintKeepTheirStoredValues() {
        long[] signature = MinHash.signature(ARTICLE);
        assertArrayEquals(new long[] {-9181273229556119443L, -8945323883644497511L, -9123579510220044748L},
                new long[] {signature[0], signature[1], signature[63]});
        assertEquals("f0a90c3451a779dcd7e2b1a898d1080ad8926d7058cad3bf4ad72a0993a8162a", TextFingerprint.of(ARTICLE));
    }

    @Test
    void aSyndicatedCopyWithAnotherBylineIsANearDuplicate() {
        String copy = "By Coast Wire staff. " + ARTICLE + " Coast Wire contributed to this report.";
        assertTrue(MinHash.similarity(MinHash.signature(ARTICLE), MinHash.signature(copy)) >= MinHash.NEAR_DUPLICATE);
        assertTrue(Arrays.stream(MinHash.bandKeys(MinHash.signature(ARTICLE)))
                .anyMatch(k -> Arrays.stream(MinHash.bandKeys(MinHash.signature(copy))).anyMatch(c -> c == k)));
    }

    @Test
    void anotherOutletsOwnReportOfTheSameEventIsNot() {
        String other = "Two ferry terminals in the north will shut next year after a council vote on Tuesday. "
                + "Councillors pointed to fewer travellers and storm damage to the piers. Local businesses plan to "
                + "take the matter to the transport ministry, and the operator promised more frequent sailings "
                + "on the routes that remain open, while existing season tickets stay valid.";
        assertTrue(MinHash.similarity(MinHash.signature(ARTICLE), MinHash.signature(other)) < 0.2);
    }

    @Test
    void signaturesSurviveStorage() {
        long[] signature = MinHash.signature(ARTICLE);
        assertTrue(Arrays.equals(signature, MinHash.fromBytes(MinHash.toBytes(signature))));
    }

    @Test
    void shortTextsHaveNoSignature() {
        assertNull(MinHash.signature("Ferry fares rise by 6% in April."));
    }
}
