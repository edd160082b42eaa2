package io.corroborate.analysis.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.corroborate.api.Agreement;
import io.corroborate.api.Claim;
import io.corroborate.api.Value;

/** Splits the claims of one key into cells of compatible figures, and says when two figures are far apart. */
final class ValueCells {

    /** Figures an order of magnitude apart are different things, however alike their keys. */
    private static final BigDecimal FAR = BigDecimal.TEN;
    /**
     * A generic predicate ("amount", "count", a bare span of "years") says nothing of what is measured, so only
     * figures within a quarter of each other are likely two accounts of one figure rather than two figures.
     */
    private static final BigDecimal FAR_WHEN_GENERIC = new BigDecimal("1.25");

    private static final Comparator<Claim> PRECISE_FIRST = Comparator
            .comparing((Claim c) -> c.value(), Span::compareWidth)
            .thenComparing(c -> c.value().amount())
            .thenComparing(c -> String.valueOf(c.source()))
            .thenComparing(c -> c.quote() == null ? "" : String.valueOf(c.quote().sentence()));

    private ValueCells() {
    }

    /**
     * Cells of one key, each anchored on its most precise figure. A figure joins the one anchor it is compatible
     * with; a vague one fitting several ("billions") would only chain unrelated figures, so it stands alone.
     */
    static List<List<Claim>> split(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(PRECISE_FIRST);
        List<List<Claim>> cells = new ArrayList<>();
        List<Claim> anchors = new ArrayList<>();
        for (Claim claim : sorted) {
            List<Integer> fits = new ArrayList<>();
            for (int i = 0; i < anchors.size(); i++) {
                if (compatible(claim.value(), anchors.get(i).value())) {
                    fits.add(i);
                }
            }
            if (fits.size() == 1) {
                cells.get(fits.get(0)).add(claim);
            } else {
                anchors.add(claim);
                cells.add(new ArrayList<>(List.of(claim)));
            }
        }
        return cells;
    }

    /** Either figure allows the other: a rounding, a hedge or the same amount. */
    static boolean compatible(Value a, Value b) {
        return Consensus.agreement(a, b) != Agreement.DIFFERENT || Consensus.agreement(b, a) != Agreement.DIFFERENT;
    }

    /** Whether two amounts are too far apart to be two accounts of one figure. */
    static boolean far(BigDecimal a, BigDecimal b, boolean genericPredicate) {
        BigDecimal small = a.abs().min(b.abs());
        BigDecimal large = a.abs().max(b.abs());
        if (small.signum() == 0) {
            return large.signum() != 0;
        }
        BigDecimal limit = genericPredicate ? FAR_WHEN_GENERIC : FAR;
        return large.divide(small, MathContext.DECIMAL64).compareTo(limit) >= 0;
    }
}
