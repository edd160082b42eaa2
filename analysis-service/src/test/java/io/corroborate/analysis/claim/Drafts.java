package io.corroborate.analysis.claim;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: the draft written at a given surface, and numbers from table cells. */
public final class Drafts {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private Drafts() {
    }

    /** The one draft whose quote surface is {@code surface}. */
    public static ClaimDraft at(String text, String surface) {
        List<ClaimDraft> drafts = EXTRACTOR.extract(text);
        return drafts.stream().filter(d -> d.quote().surface().equals(surface)).findFirst()
                .orElseGet(() -> fail("no figure '" + surface + "' in: " + drafts.stream()
                        .map(d -> d.quote().surface()).collect(Collectors.joining(", "))));
    }

    /** A table cell as a number; "-" or empty means an open side (null). */
    public static BigDecimal number(String cell) {
        return cell == null || cell.isBlank() || cell.equals("-") ? null : new BigDecimal(cell);
    }

    /** Numeric equality that ignores scale (14.30 equals 14.3); null only equals null. */
    public static boolean same(BigDecimal expected, BigDecimal actual) {
        return expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
    }
}
