package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

import io.corroborate.api.Agreement;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * How two figures relate as numbers: compatible (a rounding, a hedge, the same amount), near (within a quarter, or
 * a few for small counts), far apart, or one the other with two digits swapped. No story, no words: values alone.
 */
final class ValueRelations {

    private static final BigDecimal FAR = BigDecimal.TEN;
    static final BigDecimal NEAR = new BigDecimal("1.25");
    /** How far apart two exclusive figures may be and still be one figure misreported (see {@link ConflictJoins}). */
    private static final BigDecimal EXCLUSIVE_REACH = new BigDecimal("1.5");
    /** Counts up to this many are near when within {@link #COUNT_SLACK} of each other (see {@link #near}). */
    static final BigDecimal SMALL_COUNT = BigDecimal.valueOf(20);
    private static final BigDecimal COUNT_SLACK = BigDecimal.valueOf(2);
    private static final Set<Agreement> EQUAL_OR_ROUNDED = Set.of(Agreement.EXACT, Agreement.ROUNDED);
    /** How far apart a figure and its rounding may lie (a twentieth: "8.4" and "27.6 feet", "82 degrees" and "28C"). */
    private static final BigDecimal ROUNDING_REACH = new BigDecimal("1.05");
    /** How many significant digits make a figure precise enough to identify itself ({@link Evidence#preciseRepeat}). */
    private static final int PRECISE_DIGITS = 4;

    private ValueRelations() {
    }

    /** The same figure, or one a rounding of the other: no hedge's reach ("more than 7 inches" holds any 8.4). */
    static boolean sameOrRounded(Value a, Value b) {
        // a ratio says nothing of temperatures near zero ("30 degrees" Fahrenheit and "-1C")
        boolean temperature = "temperature".equals(Dimensions.of(a.unit()));
        if (bounded(a) || bounded(b) || !temperature && far(a.amount(), b.amount(), ROUNDING_REACH)) {
            return false;
        }
        return EQUAL_OR_ROUNDED.contains(Consensus.agreement(a, b))
                || EQUAL_OR_ROUNDED.contains(Consensus.agreement(b, a));
    }

    private static boolean bounded(Value v) {
        return v.bound() == Bound.AT_LEAST || v.bound() == Bound.AT_MOST;
    }

    static boolean swapped(BigDecimal a, BigDecimal b) {
        BigDecimal x = a.stripTrailingZeros();
        BigDecimal y = b.stripTrailingZeros();
        if (x.signum() <= 0 || y.signum() <= 0 || x.precision() - x.scale() != y.precision() - y.scale()) {
            return false;
        }
        String p = x.unscaledValue().toString();
        String q = y.unscaledValue().toString();
        if (p.length() != q.length() || p.length() < 2 || p.equals(q)) {
            return false;
        }
        int first = 0;
        while (p.charAt(first) == q.charAt(first)) {
            first++;
        }
        return first + 1 < p.length() && p.charAt(first) == q.charAt(first + 1)
                && p.charAt(first + 1) == q.charAt(first) && p.substring(first + 2).equals(q.substring(first + 2));
    }

    /**
     * Whether two whole numbers of as many digits differ by one digit or by two neighbouring digits swapped, as a
     * misread or mistyped age does ("58" and "68", "34" and "43").
     */
    static boolean slipped(BigDecimal a, BigDecimal b) {
        if (a.scale() > 0 || b.scale() > 0 || a.signum() <= 0 || b.signum() <= 0) {
            return false;
        }
        String x = a.toPlainString();
        String y = b.toPlainString();
        if (x.length() != y.length() || x.equals(y)) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < x.length(); i++) {
            differ += x.charAt(i) == y.charAt(i) ? 0 : 1;
        }
        return differ == 1 || swapped(a, b);
    }

    /** Whether two ages are at most two years apart: one person's age misreported, or told a birthday apart. */
    static boolean yearsApart(BigDecimal age, BigDecimal other) {
        return age.subtract(other).abs().compareTo(COUNT_SLACK) <= 0;
    }

    /**
     * An exact amount, share, count or quantity of {@link #PRECISE_DIGITS} significant digits or more, as written (not
     * converted: "3 miles" is one digit, though 4,828.032 metres).
     */
    static boolean precise(Value value) {
        Kind kind = value.kind();
        return (kind == Kind.MONEY || kind == Kind.COUNT || kind == Kind.QUANTITY || kind == Kind.PERCENT)
                && value.bound() == Bound.EXACT && value.amount().stripTrailingZeros().precision() >= PRECISE_DIGITS;
    }

    /** Either figure allows the other: a rounding, a hedge or the same amount. */
    static boolean compatible(Value a, Value b) {
        return Consensus.agreement(a, b) != Agreement.DIFFERENT || Consensus.agreement(b, a) != Agreement.DIFFERENT;
    }

    /**
     * Within a quarter of each other, or for small counts within two ("three killed", "the toll rose to four"):
     * counts of a few differ by units, not by shares.
     */
    static boolean near(Value value, BigDecimal other) {
        if (!far(value.amount(), other, NEAR)) {
            return true;
        }
        return value.kind() == Kind.COUNT && value.amount().abs().compareTo(SMALL_COUNT) <= 0
                && value.amount().subtract(other).abs().compareTo(COUNT_SLACK) <= 0;
    }

    /** Near enough to be one figure misreported ({@link ConflictJoins}): {@link #near}, or within a half. */
    static boolean nearConflict(Value value, BigDecimal other) {
        return near(value, other) || !far(value.amount(), other, EXCLUSIVE_REACH);
    }

    static boolean near(Value value, Value other) {
        return near(value, other.amount());
    }

    static boolean far(BigDecimal a, BigDecimal b) {
        return far(a, b, FAR);
    }

    static boolean far(BigDecimal a, BigDecimal b, BigDecimal limit) {
        BigDecimal small = a.abs().min(b.abs());
        BigDecimal large = a.abs().max(b.abs());
        if (small.signum() == 0) {
            return large.signum() != 0;
        }
        return large.divide(small, MathContext.DECIMAL64).compareTo(limit) >= 0;
    }
}
