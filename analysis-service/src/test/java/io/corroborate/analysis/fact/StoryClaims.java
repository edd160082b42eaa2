package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/** Builds the claims of a test story, from sentences through the real extractor or from explicit values. */
public final class StoryClaims {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private final List<Claim> claims = new ArrayList<>();

    /** Every claim the extractor finds in {@code text}, attributed to {@code source}. */
    public StoryClaims say(String source, String text) {
        return say(source, text, null);
    }

    /** As {@link #say(String, String)}, for an article published on {@code written} (null: undated). */
    public StoryClaims say(String source, String text, LocalDate written) {
        List<ClaimDraft> drafts = EXTRACTOR.extract(text, written);
        assertFalse(drafts.isEmpty(), "no claim in: " + text);
        UUID article = UUID.nameUUIDFromBytes((source + text).getBytes());
        for (ClaimDraft d : drafts) {
            claims.add(d.toClaim(UUID.randomUUID(), article, source));
        }
        return this;
    }

    /** One claim with an explicit value. */
    StoryClaims add(String source, String subject, String predicate, String object, Value value) {
        claims.add(new Claim(UUID.randomUUID(), UUID.randomUUID(), source, subject, predicate, object, value,
                new Quote("", 0, 0, ""), null, false));
        return this;
    }

    static Value exactPercent(String amount, String halfUnit) {
        BigDecimal a = new BigDecimal(amount);
        BigDecimal h = new BigDecimal(halfUnit);
        return new Value(Kind.PERCENT, a, null, "%", Bound.EXACT, a.subtract(h), a.add(h));
    }

    static Value exactCount(String amount, String noun) {
        BigDecimal a = new BigDecimal(amount);
        return new Value(Kind.COUNT, a, null, noun, Bound.EXACT, a, a);
    }

    public List<Claim> claims() {
        return claims;
    }
}
