package io.corroborate.analysis.pipeline;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.corroborate.api.Value;

/** Negative figures: "minus-5 yards", "minus 387 Fahrenheit", "$-50.8bn" (a minus glued after the sign). */
final class Sign {

    private static final Pattern MINUS_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])minus[\\s-]$");

    private Sign() {
    }

    /** True when the words ending at the number make it negative; "2-2" scores are no minus. */
    static boolean negative(String before, String glued) {
        return glued != null || MINUS_BEFORE.matcher(before).find();
    }

    /** The figure below zero; a range keeps its ends as written, since "minus 5 to 10" is unclear. */
    static Figure negate(Figure f) {
        if (f.to() != null) {
            return f;
        }
        Value v = f.value();
        Value negated = new Value(v.kind(), neg(v.amount()), v.currency(), v.unit(), v.bound(), neg(v.high()),
                neg(v.low()));
        return new Figure(negated, f.start(), f.end(), neg(f.from()), null);
    }

    private static BigDecimal neg(BigDecimal d) {
        return d == null ? null : d.negate();
    }
}
