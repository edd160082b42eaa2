package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.lexicon.Conversions.Unit;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Figures of one dimension in different units compare after conversion ({@link Conversions}): "10 km"
 * and "6.2 miles", "30 °C" and "86 °F", "45 basis points" and "0.45 percentage points". A reader still sees each
 * figure as written; only the comparison converts.
 */
final class Dimensions {

    /** The unit of each dimension whose factor is one and offset zero ("metre", "kilogram"). */
    private static final Map<String, String> BASE = bases();
    /** The unit names the figure stage gives basis points and percentage points. */
    private static final String BASIS_POINT = "basis point";
    static final String PERCENTAGE_POINT = "pp";

    private Dimensions() {
    }

    /** The dimension a quantity's unit measures ("length"), or its unit as written when none is known. */
    static String of(String unit) {
        if (unit == null) {
            return "";
        }
        Unit known = Conversions.of(unit);
        return known == null ? unit.toLowerCase(Locale.ROOT) : known.dimension();
    }

    /**
     * {@code value} in the unit of {@code target}, bounds included, when both are known units of one dimension;
     * otherwise {@code value} itself.
     */
    static Value in(Value value, String target) {
        value = percentagePoints(value);
        if (value.kind() != Kind.QUANTITY || value.unit() == null || target == null
                || value.unit().equalsIgnoreCase(target)) {
            return value;
        }
        Unit from = Conversions.of(value.unit());
        Unit to = Conversions.of(target);
        if (from == null || to == null || !from.dimension().equals(to.dimension())) {
            return value;
        }
        return new Value(value.kind(), convert(value.amount(), from, to), value.currency(), target,
                value.bound() == null ? Bound.EXACT : value.bound(), convert(value.low(), from, to),
                convert(value.high(), from, to));
    }

    /** {@code value} in its dimension's base unit, for comparing; {@code value} itself when its unit is unknown. */
    static Value base(Value value) {
        value = percentagePoints(value);
        if (value.kind() != Kind.QUANTITY || value.unit() == null) {
            return value;
        }
        Unit unit = Conversions.of(value.unit());
        return unit == null ? value : in(value, BASE.get(unit.dimension()));
    }

    /**
     * Basis points as the percentage points they are hundredths of ("a 45bps rise" is "0.45 percentage points"), any
     * other value as it is.
     */
    static Value percentagePoints(Value value) {
        if (value.kind() != Kind.QUANTITY || !BASIS_POINT.equals(value.unit())) {
            return value;
        }
        return new Value(Kind.PERCENT, hundredth(value.amount()), null, PERCENTAGE_POINT,
                value.bound() == null ? Bound.EXACT : value.bound(), hundredth(value.low()), hundredth(value.high()));
    }

    private static BigDecimal hundredth(BigDecimal amount) {
        return amount == null ? null : amount.movePointLeft(2).stripTrailingZeros();
    }

    private static Map<String, String> bases() {
        Map<String, String> bases = new HashMap<>();
        Conversions.all().forEach((name, unit) -> {
            if (unit.factor().compareTo(BigDecimal.ONE) == 0 && unit.offset().signum() == 0) {
                bases.put(unit.dimension(), name);
            }
        });
        return bases;
    }

    private static BigDecimal convert(BigDecimal amount, Unit from, Unit to) {
        if (amount == null) {
            return null;
        }
        BigDecimal base = amount.multiply(from.factor()).add(from.offset());
        return base.subtract(to.offset()).divide(to.factor(), MathContext.DECIMAL64).stripTrailingZeros();
    }
}
