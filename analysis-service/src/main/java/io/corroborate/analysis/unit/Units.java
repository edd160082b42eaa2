package io.corroborate.analysis.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.text.Patterns;

/**
 * Units of measure written after a number ("50mph", "6.1-inch", "15 to 22 miles per hour") and their names in the
 * product's one style: the singular spelled out, lower case, British spelling of metric units ("mile per hour",
 * "inch", "kilometre", "tonne", "part per billion", "milliampere hour"); a product of units with a space, a rate with
 * "per". A benchmark that scores against another tool's labels maps to them in the bench, never here.
 */
public final class Units {

    private static final List<String> NAMES = new ArrayList<>();
    private static final StringBuilder FORMS = new StringBuilder();

    static {
        // Longest and most specific forms first: "miles per hour" before "miles", "kWh" before "kW".
        add("miles (?:per|an|a) hour", "mph|m\\.p\\.h\\.?", "mile per hour");
        add("km/hr?", "(?:kilomet(?:er|re)s?|km) (?:per|an|a) hour|kph|kmh|k\\.p\\.h\\.?", "kilometre per hour");
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
        add("light[- ]years?", "", "light year");
        add("basis points?", "bps", "basis point");
        // A bare "C" or "F" only glued to the digits ("45C", "104F"), never after a space ("Group C").
        // "deg" is how ASCII copy writes the degree sign: "2.14degF (1.19deg C)"
        add("degrees? (?:Celsius|centigrade|C)", "°C|Celsius|(?<=\\d)C|deg ?C", "celsius");
        add("degrees? (?:Fahrenheit|F)", "°F|Fahrenheit|(?<=\\d)F|deg ?F", "fahrenheit");
        add("degrees?", "°", "degree");
        add("kilomet(?:er|re)s?", "km", "kilometre");
        add("centimet(?:er|re)s?", "cm", "centimetre");
        add("millimet(?:er|re)s?", "mm", "millimetre");
        add("micromet(?:er|re)s?|microns?", "μm|µm", "micrometre");
        add("nanomet(?:er|re)s?", "nm", "nanometre");
        add("met(?:er|re)s?", "", "metre");
        add("miles?", "mi", "mile");
        // A straight apostrophe glued to the digits is the foot sign ("an altitude of 30'"), unless it closes a quote.
        add("feet|foot", "ft|(?<=\\d)'|(?<=\\d)′", "foot");
        add("inch(?:es)?", "″", "inch");
        add("yards?|yds?", "", "yard");
        add("kilograms?|kilos?", "kg", "kilogram");
        add("milligrams?", "mg", "milligram");
        add("micrograms?", "µg|μg|mcg", "microgram");
        add("grams?", "g", "gram");
        // Torque before weight, so "lb-ft" is not read as pounds ("pound-feet" is quantulum's "pound foot").
        add("pound-feet|pound-foot", "", "pound foot");
        add("lb-ft|foot-pounds?", "", "foot pound");
        add("lbs?", "", "pound");
        add("ounces?", "oz", "ounce");
        add("pints?", "", "pint");
        add("quarts?", "", "quart");
        add("gigatonnes?|gigatons?", "Gt", "gigaton");
        add("megatonnes?|megatons?", "Mt", "megaton");
        // "kt" is a kiloton unless the sentence speaks of speed ("661 kt in dry air"): see SPEED
        add("kilotonnes?|kilotons?", "kt", "kiloton");
        add("tonnes?", "t", "tonne");
        add("tons?", "", "ton");
        // Water companies write a day's leakage or supply in megalitres ("187Ml/d"); never "ml", a millilitre
        add("megalit(?:er|re)s?", "Ml|(?<=\\d)ML", "megalitre");
        add("millilit(?:er|re)s?", "ml|mL", "millilitre");
        // "2.0L", and a lower-case "l" only after a decimal, as engine sizes are written ("a 1.0l engine")
        add("lit(?:er|re)s?", "(?<=\\d)L|(?<=\\d\\.\\d{1,2})l", "litre");
        add("fluid ounces?", "fl\\.? ?oz", "fluid ounce");
        add("gallons?", "gal", "gallon");
        add("tablespoons?", "tbsp", "tablespoon");
        add("teaspoons?", "tsp", "teaspoon");
        add("barrels?", "", "barrel");
        add("bushels?", "", "bushel");
        add("carats?", "ct", "carat");
        add("brake horsepower", "bhp", "brake horsepower");
        add("horsepower", "hp|HP|PS", "horsepower"); // PS: the metric horsepower carmakers quote
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
        add("milliampere[- ]hours?|milliamp[- ]hours?", "mAh", "milliampere hour");
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
        // Hertz symbols in any case ("2.4Ghz", "49.55 HZ"): no other unit is written so
        add("gigahertz", "(?i:GHz)", "gigahertz");
        add("megahertz", "(?i:MHz)", "megahertz");
        add("kilohertz", "(?i:kHz)", "kilohertz");
        add("hertz", "(?i:Hz)", "hertz");
        add("newton[- ]met(?:er|re)s?", "Nm", "newton metre");
        add("", "rpm", "revolution per minute");
        add("decibels?", "dB", "decibel");
        add("gigapascals?", "GPa", "gigapascal");
        add("megapascals?", "MPa", "megapascal");
        add("kilopascals?", "kPa", "kilopascal");
        add("hectopascals?", "hPa", "hectopascal");
        add("pascals?", "Pa", "pascal");
        add("pounds? per square inch", "psi", "pound per square inch");
        add("kilopounds? per square inch", "ksi", "kilopound per square inch");
        add("kilocalories?", "kcal", "kilocalorie");
        add("calories?", "", "calorie");
        add("knots?", "", "knot");
        // Mobile network generations glued to one digit ("5G", "4G networks")
        add("", "(?<=(?<![\\d.,])[2-6])G", "network generation");
        // Box-score rates of basketball and baseball ("15.3 ppg, 7.4 rpg", "0.5 WAR")
        add("points? per game", "ppg", "point per game");
        add("rebounds? per game", "rpg", "rebound per game");
        add("assists? per game", "apg", "assist per game");
        add("wins? above replacement", "WAR", "win above replacement");
        // MMBtu is a million British thermal units
        add("", "MMBtu|MMBTU|mmBtu|mmBTU|mmbtu", "million british thermal unit");
        add("British thermal units?", "Btu|BTU", "british thermal unit");
        add("parts per billion", "ppb", "part per billion");
        add("parts per million", "ppm", "part per million");
        add("milliseconds?", "ms", "millisecond");
        add("seconds?|secs?", "", "second");
        add("minutes?|mins?", "", "minute");
        add("hours?|hrs?", "h", "hour");
        add("days?", "", "day");
        add("weeks?", "wks?", "week");
        add("fortnights?", "", "fortnight");
        add("months?", "", "month");
        add("years?", "", "year");
        add("decades?", "", "decade");
        add("centuries|century", "", "century");
        add("times", "", "times");
        add("", "fold", "times"); // "sixfold", "a 10-fold rise"
        add("points?", "pts", "point");
        add("cents?", "", "cent");
        add("pence|penny|pennies", "p(?!\\.m)", "penny"); // not the "p" of "2 p.m."
        add("sen", "", "sen");
    }

    private static final Pattern WEIGHT = Pattern.compile("(?i)(?<![\\p{L}])(?:weigh\\p{L}*|weight|heav(?:y|ier|iest)"
            + "|light(?:er|est)|lbs?|ounces|kilos|kilograms|kg|overweight)(?![\\p{L}])");

    // Pounds also weigh when the body is spoken of ("dropping from 208 pounds to 193 by exercising") or goods are
    // measured out in them ("1/2 pound of chocolate chips"), as long as nothing in the sentence speaks of money.
    private static final Pattern BODY = Pattern.compile("(?i)(?<![\\p{L}])(?:los[et]|losing|shed\\p{L}*|gain\\p{L}*"
            + "|drop\\p{L}*|put\\son|pack\\p{L}*\\son|diet\\p{L}*|shape|fitness|exercis\\p{L}*|obes\\p{L}*|slim\\p{L}*"
            + "|body)(?![\\p{L}])");
    private static final Pattern OF_GOODS = Pattern.compile("\\s+of\\s+\\p{Ll}");
    /**
     * What pounds of money are pounds of ("5 million pounds of funding", "pounds of taxpayers' money"); any other
     * noun after "of" is a substance or goods weighed ("2,650 pounds of methamphetamine worth $100 million").
     */
    private static final Pattern OF_SUBSTANCE = Pattern.compile("\\s+of\\s+(?!(?:the|a|an|his|her|their|its|our"
            + "|public|new|extra|additional|government|state|federal|taxpayers?['’]?|funding|funds?|money|cash|investment"
            + "|spending|aid|debts?|revenues?|profits?|savings|damages|compensation|support|subsid\\p{L}*|grants?"
            + "|donations?|loans?|bonus\\p{L}*|income|wages|tax\\p{L}*|capital|equity|assets|research)(?![\\p{L}]))"
            + "\\p{Ll}");
    private static final Pattern STERLING = Pattern.compile("(?i)£|(?<![\\p{L}])(?:sterling|pence)(?![\\p{L}])");
    private static final Pattern MONEY = Pattern.compile("(?i)[£$€]|(?<![\\p{L}])(?:sterling|pence|penny|price\\p{L}*"
            + "|cost\\p{L}*|paid|pay\\p{L}*|worth|fine[sd]?|fund\\p{L}*|spen[dt]\\p{L}*|salar\\p{L}*|wages?|earn\\p{L}*"
            + "|budget\\p{L}*|bills?|fees?|tax\\p{L}*|invest\\p{L}*|profits?|revenues?|sales?|sells?|sold|buy\\p{L}*"
            + "|bought|cash|money|loans?|debts?|dollars?|euros?|shares?|stocks?|markets?|currenc\\p{L}*|exchange|banks?"
            + "|bonus\\p{L}*|prizes?|award\\p{L}*|charg\\p{L}*|rent\\p{L}*|donat\\p{L}*|raised?|deals?|wins?|won"
            + "|tickets?|millions?|billions?|bn)(?![\\p{L}])");

    // "p" is pence only where prices are spoken of ("shares fell 68p", "the biggest fallers were Unite, down 68 p"),
    // not in "1080p" video.
    private static final Pattern PRICES = Pattern.compile("(?i)(?<![\\p{L}])(?:shares?|stock|pence|price[sd]?"
            + "|ftse|dividend|fallers|risers|£|PS)(?![\\p{L}])");

    // Knots are what speeds are given in; kilotons what blasts yield or plants emit.
    private static final Pattern SPEED = Pattern.compile("(?i)(?<![\\p{L}])(?:speeds?|knots?|winds?|gusts?|airspeed"
            + "|mph|km/h|sail\\p{L}*|fl(?:y|ying|ew))(?![\\p{L}])");
    // An opening single quote before the number makes a straight apostrophe after it a closing quote, not feet.
    private static final Pattern OPEN_QUOTE = Pattern.compile("(?:^|[\\s(\\[—-])['‘](?=\\S)");

    // One alternation tried in order, so the first listed form wins as in a loop, at the cost of one match.
    private static final Pattern UNIT = Pattern.compile("(?:\\s{1,2}|-)?(?:" + FORMS + ")");
    /** Words of extent a span of time may carry after its number: "six long years", "three full days". */
    private static final Pattern EXTENT = Pattern.compile("(?i)\\s(?:long|full|whole|straight|consecutive"
            + "|successive)(?=\\s)");

    /** A unit found after a number: its normalized name and the offset where its surface ends. */
    public record Match(String name, int end) {
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

    /** True when {@code unit} is one of the names above ("revolution per minute", "mile per hour"). */
    public static boolean isName(String unit) {
        return NAMES.contains(unit);
    }

    /**
     * "Pounds" weigh when the sentence speaks of weight ("weighs 208 pounds"), when they are pounds of a substance
     * and the sentence has no £ ("2,650 pounds of methamphetamine worth $100 million"), or of the body or goods and
     * not of money; otherwise they are sterling. {@code scaled} when a scale word came first ("5 million pounds").
     */
    static Match weight(String currencyWord, String sentence, int end, boolean scaled) {
        if (!currencyWord.toLowerCase(Locale.ROOT).matches("pounds?")) {
            return null;
        }
        boolean goods = Patterns.at(OF_GOODS, sentence, end) != null || BODY.matcher(sentence).find();
        boolean substance = Patterns.at(OF_SUBSTANCE, sentence, end) != null && !STERLING.matcher(sentence).find();
        boolean mass = WEIGHT.matcher(sentence).find() || substance
                || goods && !scaled && !MONEY.matcher(sentence).find();
        return mass ? new Match("pound", end) : null;
    }

    /** The unit written at {@code pos} (after an optional space or hyphen), or null. */
    public static Match at(String s, int pos) {
        Match unit = unitAt(s, pos);
        if (unit == null) {
            // "six long years", "three full days": a word of extent between a number and its span of time
            Matcher extent = EXTENT.matcher(s).region(pos, s.length());
            if (extent.lookingAt()) {
                Match after = unitAt(s, extent.end());
                return after != null && Conversions.isTime(after.name()) ? after : null;
            }
        }
        return unit;
    }

    /**
     * "4,870 second homes", "the 12 second-round ties": "second" in the singular after a number other than one is the
     * ordinal, not the unit of time, unless joined to its number ("a 30-second advert").
     */
    private static boolean ordinalSecond(String s, int pos, int unitStart, String written) {
        if (!written.equalsIgnoreCase("second") || s.substring(pos, unitStart).contains("-")) {
            return false;
        }
        int end = pos;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            start--;
        }
        String number = s.substring(start, end);
        return !number.equals("1") && !number.equalsIgnoreCase("one");
    }

    private static Match unitAt(String s, int pos) {
        Matcher m = UNIT.matcher(s).region(pos, s.length()).useTransparentBounds(true); // "45C" looks behind
        if (!m.lookingAt()) {
            return null;
        }
        for (int group = 1; group <= NAMES.size(); group++) {
            if (m.group(group) != null) {
                String name = NAMES.get(group - 1);
                String written = m.group(group);
                boolean p = name.equals("penny") && written.equals("p");
                boolean quote = written.equals("'") && OPEN_QUOTE.matcher(s.substring(0, pos)).find();
                if (p && !PRICES.matcher(s).find() || quote || ordinalSecond(s, pos, m.start(group), written)) {
                    return null;
                }
                boolean knots = written.equals("kt") && SPEED.matcher(s).find();
                return new Match(knots ? "knot" : name, m.end());
            }
        }
        return null;
    }
}
