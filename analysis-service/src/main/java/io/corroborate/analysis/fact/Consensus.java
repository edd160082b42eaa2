package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.util.List;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.api.Agreement;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/** Picks the best-supported value of a fact and places each claim against it. */
final class Consensus {

    private static final BigDecimal ROUNDING_REACH = new BigDecimal("0.05");
    private static final BigDecimal TIME_ROUNDING_REACH = new BigDecimal("0.1");
    /**
     * How far below a cap ("up to $5 billion", "as much as 79 percent") a figure may be and still be what the cap
     * approaches: within a quarter. "As much as 79 percent" is no hedge of 56 percent.
     */
    private static final BigDecimal CAP_REACH = new BigDecimal("1.25");

    private Consensus() {
    }

    /**
     * The claim whose amount most sources' intervals contain; ties go to the most precise, then to the
     * amount stated exactly most often. One claim per source is expected.
     */
    static Claim pick(List<Claim> claims) {
        Claim best = null;
        int bestSupport = -1;
        for (Claim candidate : claims) {
            int support = support(claims, candidate.value().amount());
            if (best == null || support > bestSupport || support == bestSupport && better(candidate, best, claims)) {
                best = candidate;
                bestSupport = support;
            }
        }
        return best;
    }

    /** EXACT, ROUNDED, APPROXIMATE or DIFFERENT against the consensus value. */
    static Agreement agreement(Value claim, Value consensus) {
        BigDecimal c = consensus.amount();
        boolean exactBound = claim.bound() == Bound.EXACT;
        if (exactBound && Span.same(claim.amount(), c)) {
            return Agreement.EXACT;
        }
        if (exactBound && (Span.contains(claim, c) || Span.contains(consensus, claim.amount()))
                && (!magnitude(claim) || withinRounding(claim.amount(), c, reach(claim)))) {
            return Agreement.ROUNDED;
        }
        // a cap above a floor the consensus only sets ("at least 10 days", "up to two weeks") leaves room for both
        boolean nearCap = claim.bound() != Bound.AT_MOST || !magnitude(claim) || consensus.bound() == Bound.AT_LEAST
                || c.abs().multiply(CAP_REACH).compareTo(claim.amount().abs()) >= 0;
        return !exactBound && Span.contains(claim, c) && nearCap ? Agreement.APPROXIMATE : Agreement.DIFFERENT;
    }

    /**
     * Whether a figure is near enough its consensus to be a rounding of it as a reader takes one: at most a twentieth
     * away ("$14 billion" for $14.3 billion). "$20 million" for $18 million or "40" for 43 round the last digit but
     * move the figure by a tenth: careful readers call those conflicts.
     */
    private static boolean withinRounding(BigDecimal amount, BigDecimal consensus, BigDecimal reach) {
        BigDecimal scale = consensus.abs().max(amount.abs());
        return scale.signum() == 0 || amount.subtract(consensus).abs().compareTo(scale.multiply(reach)) <= 0;
    }

    /**
     * How far a rounding may move a figure: a twentieth, and a tenth for a span of time, which a reader rounds to the
     * coarse unit it is told in ("three hours" for 190 minutes; "10 minutes" is no rounding of 8).
     */
    private static BigDecimal reach(Value value) {
        return value.kind() == Kind.QUANTITY && Conversions.isTime(value.unit()) ? TIME_ROUNDING_REACH
                : ROUNDING_REACH;
    }

    /** Amounts, shares, counts and quantities: sizes, where a tenth is much; not a day, a time, a year, an age or a rank. */
    private static boolean magnitude(Value value) {
        Kind kind = value.kind();
        return kind == Kind.MONEY || kind == Kind.COUNT || kind == Kind.PERCENT || kind == Kind.QUANTITY;
    }

    private static int support(List<Claim> claims, BigDecimal amount) {
        int count = 0;
        for (Claim claim : claims) {
            count += Span.contains(claim.value(), amount) ? 1 : 0;
        }
        return count;
    }

    private static boolean better(Claim candidate, Claim best, List<Claim> claims) {
        int width = Span.compareWidth(candidate.value(), best.value());
        if (width != 0) {
            return width < 0;
        }
        int mentions = exactMentions(claims, candidate.value().amount()) - exactMentions(claims, best.value().amount());
        if (mentions != 0) {
            return mentions > 0;
        }
        // A perfect tie must not depend on the order claims arrive in.
        return String.valueOf(candidate.source()).compareTo(String.valueOf(best.source())) < 0;
    }

    private static int exactMentions(List<Claim> claims, BigDecimal amount) {
        int count = 0;
        for (Claim claim : claims) {
            boolean exact = claim.value().bound() == Bound.EXACT && Span.same(claim.value().amount(), amount);
            count += exact ? 1 : 0;
        }
        return count;
    }
}
