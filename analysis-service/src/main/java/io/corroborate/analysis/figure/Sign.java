package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.corroborate.api.Value;

/**
 * Negative figures: "minus-5 yards", "minus 387 Fahrenheit", "was -5 yards", "$-50.8bn" (a minus glued after the
 * sign).
 */
final class Sign {

    // "minus 5", "minus-5", or a minus sign glued to the number after a space: "was -5 yards", "DAX -1.6%".
    private static final Pattern MINUS_BEFORE = Pattern.compile("(?i)(?:(?<![\\p{L}])minus[\\s-]|(?:^|[\\s(])[-−])$");

    private static final Pattern GLUED = Pattern.compile("(?:^|[\\s(])[-−]$");

    // "COVID -19 tests", "F -16": a name in capitals, then its number spaced off
    private static final Pattern NAME_GLUED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+\\s-$");

    private Sign() {
    }

    /** True when the words ending at the number make it negative; "2-2" scores are no minus. */
    static boolean negative(String before, String glued) {
        return glued != null || MINUS_BEFORE.matcher(before).find();
    }

    /**
     * True when a whole number with no measure follows a capitalized name and a hyphen: part of the name
     * ("COVID -19") rather than a signed figure ("DAX -1.6%").
     */
    static boolean spacedName(String before, String digits, boolean measured) {
        return !measured && digits.indexOf('.') < 0 && NAME_GLUED.matcher(before).find();
    }

    /** True when a minus sign is written right before the number. */
    static boolean glued(String before) {
        return GLUED.matcher(before).find();
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
