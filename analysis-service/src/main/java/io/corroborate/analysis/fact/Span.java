package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.math.MathContext;

import io.corroborate.api.Value;

/** Interval arithmetic on values whose open sides are null. */
final class Span {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    private Span() {
    }

    static boolean contains(Value value, BigDecimal x) {
        return (value.low() == null || value.low().compareTo(x) <= 0)
                && (value.high() == null || x.compareTo(value.high()) <= 0);
    }

    /** Width of the interval, or null when a side is open (infinitely wide). */
    static BigDecimal width(Value value) {
        return value.low() == null || value.high() == null ? null : value.high().subtract(value.low());
    }

    /** Narrower first; open intervals last. */
    static int compareWidth(Value a, Value b) {
        BigDecimal wa = width(a);
        BigDecimal wb = width(b);
        if (wa == null || wb == null) {
            return wa == null ? (wb == null ? 0 : 1) : -1;
        }
        return wa.compareTo(wb);
    }

    /** Same amount up to a relative difference of 1e-9. */
    static boolean same(BigDecimal a, BigDecimal b) {
        BigDecimal scale = a.abs().max(b.abs());
        if (scale.signum() == 0) {
            return true;
        }
        return a.subtract(b).abs().divide(scale, MathContext.DECIMAL64).compareTo(TOLERANCE) < 0;
    }
}
