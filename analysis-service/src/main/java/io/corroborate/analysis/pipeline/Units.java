package io.corroborate.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units of measure written after a number ("50mph", "6.1-inch", "15 to 22 miles per hour") and their normalized
 * singular names ("mile per hour", "inch"), as quantity extractors such as CQE and quantulum3 name them.
 */
final class Units {

    private static final List<String> NAMES = new ArrayList<>();
    private static final StringBuilder FORMS = new StringBuilder();

    static {
        // Longest and most specific forms first: "miles per hour" before "miles", "kWh" before "kW".
        add("miles (?:per|an|a) hour", "mph", "mile per hour");
        add("km/hr?", "(?:kilomet(?:er|re)s?|km) (?:per|an|a) hour|kph|kmh", "kilometre per hour");
        add("", "(?:met(?:er|re)s?|m) per second|m/s", "metre per second");
        add("miles per gallon", "mpg", "mile per gallon");
        add("barrels? (?:a|per) day|barrel-a-day", "bpd|b/d", "barrel per day");
        // "a 2,500-square-foot home": the hyphenated adjective as well as the spaced noun.
        add("square[- ](?:feet|foot)|sq\\.? ?ft", "", "square foot");
        add("square[- ](?:met(?:er|re)s?)|sq\\.? ?m", "sqm|m2|m²", "square metre");
        add("square[- ](?:kilomet(?:er|re)s?)|sq\\.? ?km", "km2|km²", "square kilometre");
        add("square[- ]miles?|sq\\.? ?mi", "", "square mile");
        add("cubic[- ](?:feet|foot)|cu\\.? ?ft", "", "cubic foot");
        add("cubic[- ](?:met(?:er|re)s?)", "m3|m³", "cubic metre");
        add("cubic[- ](?:centimet(?:er|re)s?)", "cc|cm3|cm³", "cubic centimetre");
        add("acres?", "", "acre");
        add("hectares?", "ha", "hectare");
        add("nautical miles?", "", "nautical mile");
        add("light[- ]years?", "", "light-year");
        add("basis points?", "bps", "basis point");
        // A bare "C" or "F" only glued to the digits ("45C", "104F"), never after a space ("Group C").
        add("degrees? (?:Celsius|centigrade|C)", "°C|Celsius|(?<=\\d)C", "celsius");
        add("degrees? (?:Fahrenheit|F)", "°F|Fahrenheit|(?<=\\d)F", "fahrenheit");
        add("degrees?", "°", "degree");
        add("kilomet(?:er|re)s?", "km", "kilometre");
        add("centimet(?:er|re)s?", "cm", "centimetre");
        add("millimet(?:er|re)s?", "mm", "millimetre");
        add("micromet(?:er|re)s?|microns?", "μm|µm", "micrometre");
        add("nanomet(?:er|re)s?", "nm", "nanometre");
        add("met(?:er|re)s?", "", "metre");
        add("miles?", "mi", "mile");
        add("feet|foot", "ft", "foot");
        add("inch(?:es)?", "″", "inch");
        add("yards?|yds?", "", "yard");
        add("kilograms?|kilos?", "kg", "kilogram");
        add("milligrams?", "mg", "milligram");
        add("micrograms?", "µg|μg|mcg", "microgram");
        add("grams?", "g", "gram");
        // Torque before weight, so "lb-ft" is not read as pounds ("pound-feet" is quantulum's "pound-foot").
        add("pound-feet|pound-foot", "", "pound-foot");
        add("lb-ft|foot-pounds?", "", "foot pound-force");
        add("lbs?", "", "pound-mass");
        add("ounces?", "oz", "ounce");
        add("pints?", "", "pint");
        add("quarts?", "", "quart");
        add("gigatonnes?|gigatons?", "Gt", "gigaton");
        add("megatonnes?|megatons?", "Mt", "megaton");
        add("kilotonnes?|kilotons?", "kt", "kiloton");
        add("tonnes?", "", "metric ton");
        add("tons?", "", "ton");
        add("millilit(?:er|re)s?", "ml|mL", "millilitre");
        add("lit(?:er|re)s?", "", "litre");
        add("fluid ounces?", "fl\\.? ?oz", "fluid ounce");
        add("gallons?", "gal", "gallon");
        add("tablespoons?", "tbsp", "tablespoon");
        add("teaspoons?", "tsp", "teaspoon");
        add("barrels?", "", "barrel");
        add("bushels?", "", "bushel");
        add("carats?", "ct", "carat");
        add("brake horsepower", "bhp", "brake horsepower");
        add("horsepower", "hp|PS", "horsepower"); // PS: the metric horsepower carmakers quote
        add("terawatt[- ]hours?", "TWh", "terawatt hour");
        add("kilowatt[- ]hours?", "kWh", "kilowatt hour");
        add("gigawatt[- ]hours?", "GWh", "gigawatt hour");
        add("megawatt[- ]hours?", "MWh", "megawatt hour");
        add("kilowatts?", "kW", "kilowatt");
        add("megawatts?", "MW", "megawatt");
        add("gigawatts?", "GW", "gigawatt");
        add("terawatts?", "TW", "terawatt");
        add("watts?", "W", "watt");
        add("kilovolts?", "kV", "kilovolt");
        add("volts?", "V", "volt");
        add("milliamperes?|milliamps?", "mA", "milliampere");
        add("ohms?", "Ω", "ohm");
        add("farads?", "", "farad");
        add("kilojoules?", "kJ", "kilojoule");
        add("joules?", "J", "joule");
        add("lumens?", "lm", "lumen");
        add("lux", "lx", "lux");
        add("moles?", "mol", "mole");
        add("kelvins?", "", "kelvin");
        add("milliampere[- ]hours?|milliamp[- ]hours?", "mAh", "milliampere-hour");
        add("amperes?|amps?", "", "ampere");
        add("petabytes?", "PB", "petabyte");
        add("terabytes?", "TB", "terabyte");
        add("gigabytes?", "GB", "gigabyte");
        add("megabytes?", "MB", "megabyte");
        add("kilobytes?", "KB|kB", "kilobyte");
        add("gigabits? per second", "Gbps|Gb/s", "gigabit per second");
        add("megabits? per second", "Mbps|Mb/s", "megabit per second");
        add("kilobits? per second", "kbps|Kbps", "kilobit per second");
        add("megapixels?", "MP", "megapixel");
        add("pixels?", "px", "pixel");
        add("gigahertz", "GHz", "gigahertz");
        add("megahertz", "MHz", "megahertz");
        add("kilohertz", "kHz", "kilohertz");
        add("hertz", "Hz", "hertz");
        add("newton[- ]met(?:er|re)s?", "Nm", "newton metre");
        add("", "rpm", "revolutions per minute");
        add("decibels?", "dB", "decibel");
        add("gigapascals?", "GPa", "gigapascal");
        add("megapascals?", "MPa", "megapascal");
        add("kilopascals?", "kPa", "kilopascal");
        add("hectopascals?", "hPa", "hectopascal");
        add("pascals?", "Pa", "pascal");
        add("pounds? per square inch", "psi", "pound per square inch");
        add("kilocalories?", "kcal", "kilocalorie");
        add("calories?", "", "calorie");
        add("knots?", "", "knot");
        // MMBtu is a million British thermal units, "mega" in the normalized name
        add("", "MMBtu|MMBTU|mmBtu|mmBTU|mmbtu", "mega british thermal unit");
        add("British thermal units?", "Btu|BTU", "british thermal unit");
        add("parts per billion", "ppb", "parts-per-billion");
        add("parts per million", "ppm", "part per million");
        add("milliseconds?", "ms", "millisecond");
        add("seconds?|secs?", "", "second");
        add("minutes?|mins?", "", "minute");
        add("hours?|hrs?", "h", "hour");
        add("days?", "", "day");
        add("weeks?", "", "week");
        add("months?", "", "month");
        add("years?", "", "year");
        add("decades?", "", "decade");
        add("centuries|century", "", "century");
        add("times", "", "count");
        add("points?", "pts", "point");
        add("cents?", "", "cent");
        add("pence|penny|pennies", "p", "penny");
        add("sen", "", "sen");
    }

    private static final Pattern WEIGHT = Pattern.compile("(?i)(?<![\\p{L}])(?:weigh\\p{L}*|weight|heav(?:y|ier|iest)"
            + "|light(?:er|est)|lbs?|ounces|kilos|kilograms|kg|overweight)(?![\\p{L}])");

    // "p" is pence only where prices are spoken of ("shares fell 68p"), not in "1080p" video.
    private static final Pattern PRICES = Pattern.compile("(?i)(?<![\\p{L}])(?:shares?|stock|pence|price[sd]?"
            + "|ftse|dividend|£|PS)(?![\\p{L}])");

    // One alternation tried in order, so the first listed form wins as in a loop, at the cost of one match.
    private static final Pattern UNIT = Pattern.compile("(?:\\s{1,2}|-)?(?:" + FORMS + ")");

    /** A unit found after a number: its normalized name and the offset where its surface ends. */
    record Match(String name, int end) {
    }

    private Units() {
    }

    /** Written-out names match in any case ("Miles"); symbols only as written ("MW" is not "mw"). */
    private static void add(String words, String symbols, String name) {
        String any = words.isEmpty() ? "" : "(?i:" + words + ")";
        String forms = any.isEmpty() ? symbols : symbols.isEmpty() ? any : any + "|" + symbols;
        FORMS.append(FORMS.length() == 0 ? "" : "|").append("(" + forms + ")(?![\\p{L}\\p{N}])");
        NAMES.add(name);
    }

    /** True when {@code unit} is one of the normalized names above ("revolutions per minute", "mile per hour"). */
    static boolean isName(String unit) {
        return NAMES.contains(unit);
    }

    /** "Pounds" weigh when the sentence speaks of weight ("weighs 208 pounds"); otherwise they are sterling. */
    static Match weight(String currencyWord, String sentence, int end) {
        boolean pounds = currencyWord.toLowerCase(Locale.ROOT).matches("pounds?");
        return pounds && WEIGHT.matcher(sentence).find() ? new Match("pound-mass", end) : null;
    }

    /** The unit written at {@code pos} (after an optional space or hyphen), or null. */
    static Match at(String s, int pos) {
        Matcher m = UNIT.matcher(s).region(pos, s.length()).useTransparentBounds(true); // "45C" looks behind
        if (!m.lookingAt()) {
            return null;
        }
        for (int group = 1; group <= NAMES.size(); group++) {
            if (m.group(group) != null) {
                String name = NAMES.get(group - 1);
                boolean p = name.equals("penny") && m.group(group).equals("p");
                return p && !PRICES.matcher(s).find() ? null : new Match(name, m.end());
            }
        }
        return null;
    }
}
