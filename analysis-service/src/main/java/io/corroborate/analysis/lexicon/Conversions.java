package io.corroborate.analysis.lexicon;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The units of measure the product converts between ({@code units/conversions.txt}), each with the dimension it
 * measures ("length", "time") and how to reach that dimension's base unit: value in the base unit = amount · factor +
 * offset. The one reader of that file: the figure stage asks what a unit measures ("a mile" is a length, "an hour" a
 * span of time), the comparison stage converts ("10 km" and "6.2 miles").
 */
public final class Conversions {

    /** A unit's dimension, and its factor and offset to the dimension's base unit. */
    public record Unit(String dimension, BigDecimal factor, BigDecimal offset) {
    }

    private static final Map<String, Unit> UNITS = load();

    private Conversions() {
    }

    /** The unit of that name (the quantity layer's normalized names: "metre", "mile per hour"), or null. */
    public static Unit of(String name) {
        return name == null ? null : UNITS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the unit measures a span of time ("second" … "decade"). */
    public static boolean isTime(String name) {
        Unit unit = of(name);
        return unit != null && unit.dimension().equals("time");
    }

    /** Every unit by name. */
    public static Map<String, Unit> all() {
        return UNITS;
    }

    private static Map<String, Unit> load() {
        Map<String, Unit> units = new HashMap<>();
        for (String line : Lexicon.lines("units/conversions.txt")) {
            int colon = line.indexOf(':');
            String[] parts = line.substring(colon + 1).trim().split("\\s+");
            BigDecimal offset = parts.length > 2 ? new BigDecimal(parts[2]) : BigDecimal.ZERO;
            units.put(line.substring(0, colon).trim(), new Unit(parts[0], new BigDecimal(parts[1]), offset));
        }
        return Map.copyOf(units);
    }
}
