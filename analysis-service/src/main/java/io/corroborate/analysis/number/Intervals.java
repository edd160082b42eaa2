package io.corroborate.analysis.number;

import java.math.BigDecimal;

import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/** Builds the interval a figure's wording allows from its digits' precision and its hedge. */
public final class Intervals {

    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Intervals() {
    }

    /** A single figure: amount ± half a unit, then widened or cut by the hedge. */
    public static Value single(Kind kind, BigDecimal amount, BigDecimal half, Hedge hedge, String currency,
            String unit) {
        BigDecimal precision = kind == Kind.YEAR || kind == Kind.AGE ? BigDecimal.ZERO : half;
        BigDecimal low = amount.subtract(precision);
        BigDecimal high = amount.add(precision);
        switch (hedge.bound()) {
            case APPROXIMATE:
                BigDecimal slack = amount.abs().multiply(TENTH);
                low = low.subtract(slack);
                high = hedge.capped() ? amount : high.add(slack);
                break;
            case AT_LEAST:
                low = amount;
                high = null;
                break;
            case AT_MOST:
                low = null;
                high = amount;
                break;
            default:
                break;
        }
        return value(kind, amount, currency, unit, hedge.bound(), low, high);
    }

    /** A range "between 10 and 12": the ends as written, the midpoint as the amount. */
    public static Value range(Kind kind, BigDecimal from, BigDecimal to, String currency, String unit) {
        BigDecimal low = from.min(to);
        BigDecimal high = from.max(to);
        BigDecimal mid = low.add(high).divide(TWO);
        return value(kind, mid, currency, unit, Bound.EXACT, low, high);
    }

    /**
     * Whether a value is a range as written, as {@link #range} builds one ("between $9 million and $12 million",
     * "40-45C", "aged 18 to 65"): exact, and its ends written no finer than its amount (the midpoint) and further apart
     * than the amount's own digits allow. "$14 billion" (13.5–14.5 billion) and "three and a half hours" (3.25–3.75)
     * are one figure each: their ends are finer than the amount.
     */
    public static boolean isRange(Value value) {
        BigDecimal low = value.low();
        BigDecimal high = value.high();
        if (value.bound() != Bound.EXACT || low == null || high == null || low.compareTo(high) >= 0) {
            return false;
        }
        int amountStep = step(value.amount());
        return step(low) >= amountStep && step(high) >= amountStep
                && high.subtract(low).compareTo(BigDecimal.ONE.scaleByPowerOfTen(amountStep)) >= 0;
    }

    /** The power of ten of a number's last significant digit (2 for 300, -1 for 10.5); zero counts as coarse. */
    private static int step(BigDecimal n) {
        return n.signum() == 0 ? Integer.MAX_VALUE / 2 : -n.stripTrailingZeros().scale();
    }

    private static Value value(Kind kind, BigDecimal amount, String currency, String unit, Bound bound,
            BigDecimal low, BigDecimal high) {
        return new Value(kind, Numbers.normalize(amount), currency, unit, bound,
                Numbers.normalize(low), Numbers.normalize(high));
    }
}
