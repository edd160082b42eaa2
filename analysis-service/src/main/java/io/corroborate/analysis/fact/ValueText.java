package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/** Writes a value the way a reader expects: "$14.3 billion", "€1.2 million", "$500,000", "49%", "28 years". */
final class ValueText {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
            "INR", "₹");
    private static final String[] SCALE_WORDS = {"trillion", "billion", "million"};
    private static final int[] SCALE_POWERS = {12, 9, 6};
    /** Units written the same for any amount. */
    private static final Set<String> UNCOUNTED = Set.of("celsius", "fahrenheit", "kelvin", "horsepower", "lux");

    private ValueText() {
    }

    /** The value with its hedge: "approximately $15 billion", "at least 9,000 contractors". */
    static String hedged(Value value) {
        boolean exactByNature = value.kind() == Kind.DATE || value.kind() == Kind.ORDINAL;
        // "nearly four hours" is approximate and capped at its amount: a reader is told which way it leans
        boolean capped = value.bound() == Bound.APPROXIMATE && value.high() != null
                && value.high().compareTo(value.amount()) == 0;
        return (exactByNature ? "" : capped ? "nearly " : hedge(value.bound())) + plain(value);
    }

    static String plain(Value value) {
        BigDecimal amount = value.amount();
        switch (value.kind()) {
            case MONEY:
                String symbol = value.currency() == null ? "" : SYMBOLS.getOrDefault(value.currency(),
                        value.currency() + " ");
                return endsOrAmount(value, n -> symbol + scaled(n));
            case PERCENT:
                String percent = "pp".equals(value.unit()) ? " percentage points" : "%";
                return endsOrAmount(value, n -> number(n) + percent);
            case YEAR:
                return value.low() != null && value.high() != null && value.low().compareTo(value.high()) != 0
                        ? value.low().toPlainString() + " to " + value.high().toPlainString() : amount.toPlainString();
            case DATE:
                return "weekday".equals(value.unit()) ? WEEKDAYS[Math.max(1, Math.min(7, amount.intValue())) - 1]
                        : date(value);
            case TIME:
                return time(amount.intValue());
            case ORDINAL:
                return ordinal(amount.intValue()) + (value.unit() == null ? "" : " " + value.unit());
            default:
                if (value.kind() == Kind.QUANTITY && "second".equals(value.unit())
                        && amount.compareTo(BigDecimal.valueOf(3600)) >= 0) {
                    return stopwatch(amount); // a race time as timed: "2:04:31"
                }
                if (value.kind() == Kind.QUANTITY && "second".equals(value.unit())
                        && amount.compareTo(BigDecimal.valueOf(60)) >= 0
                        && amount.stripTrailingZeros().scale() > 0) {
                    return lap(amount); // a swim or a lap to the hundredth: "2:01.47"
                }
                // a band of ages ("adults aged 18 to 65") or any range as its ends; a person's age is one number
                boolean one = !Intervals.isRange(value) && amount.compareTo(BigDecimal.ONE) == 0;
                String unit = value.unit() == null ? "" : " " + (value.kind() == Kind.QUANTITY && !one
                        ? plural(value.unit()) : value.unit());
                return endsOrAmount(value, ValueText::number) + unit;
        }
    }

    /**
     * A unit of measure as more than one of it is written: "hours", "square feet", "miles per hour", "kilowatt
     * hours"; a scale's name stays as it is ("celsius").
     */
    private static String plural(String unit) {
        int per = unit.indexOf(" per ");
        if (per > 0) {
            return plural(unit.substring(0, per)) + unit.substring(per);
        }
        int space = unit.lastIndexOf(' ');
        String head = unit.substring(0, space + 1);
        String word = unit.substring(space + 1);
        if (word.isEmpty() || !word.chars().allMatch(Character::isLowerCase) || UNCOUNTED.contains(word)
                || word.endsWith("s") || word.endsWith("hertz")) {
            return unit;
        }
        String plural = word.equals("foot") ? "feet"
                : word.endsWith("ch") || word.endsWith("sh") || word.endsWith("x") || word.endsWith("z") ? word + "es"
                : word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0
                        ? word.substring(0, word.length() - 1) + "ies"
                : word + "s";
        return head + plural;
    }

    /** A range as its ends ("$9 million to $12 million", {@link Intervals#isRange}), else its amount, each as shown. */
    private static String endsOrAmount(Value value, Function<BigDecimal, String> shown) {
        return Intervals.isRange(value) ? shown.apply(value.low()) + " to " + shown.apply(value.high())
                : shown.apply(value.amount());
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    /** "5 p.m.", "10:30 a.m.", "noon", "midnight" from minutes after midnight. */
    private static String time(int minutes) {
        if (minutes == 12 * 60) {
            return "noon";
        }
        if (minutes == 0) {
            return "midnight";
        }
        int hour = minutes / 60 % 24;
        int minute = minutes % 60;
        int clock = hour % 12 == 0 ? 12 : hour % 12;
        return clock + (minute == 0 ? "" : String.format(Locale.ROOT, ":%02d", minute)) + (hour < 12 ? " a.m." : " p.m.");
    }

    /** "2:04:31", "1:59:40.5" from seconds. */
    private static String stopwatch(BigDecimal seconds) {
        long whole = seconds.longValue();
        BigDecimal fraction = seconds.subtract(BigDecimal.valueOf(whole)).stripTrailingZeros();
        String rest = fraction.signum() == 0 ? "" : fraction.toPlainString().substring(1);
        return String.format(Locale.ROOT, "%d:%02d:%02d%s", whole / 3600, whole / 60 % 60, whole % 60, rest);
    }

    /** "2:01.47" from seconds under an hour. */
    private static String lap(BigDecimal seconds) {
        long whole = seconds.longValue();
        String fraction = seconds.subtract(BigDecimal.valueOf(whole)).stripTrailingZeros().toPlainString();
        return String.format(Locale.ROOT, "%d:%02d%s", whole / 60, whole % 60, fraction.substring(1));
    }

    /** "2nd", "3rd", "11th", "45th". */
    private static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd"
                : "th";
        return n + suffix;
    }

    /**
     * "February 28, 2019", "February 28", "late February", "February 2019", "June to August 2017" (a season), "August 6
     * to 12, 2018" (a week), "July 30 to August 5, 2018".
     */
    private static String date(Value value) {
        int low = value.low().intValue();
        int high = value.high() == null ? low : value.high().intValue();
        String month = month(low);
        String year = value.unit() == null ? "" : value.unit();
        String comma = year.isEmpty() ? "" : ", " + year;
        if (low == high) {
            return month + " " + low % 100 + comma;
        }
        boolean wholeMonths = low % 100 == 1 && high % 100 >= 28;
        if (low / 100 != high / 100) {
            return wholeMonths ? month + " to " + month(high) + (year.isEmpty() ? "" : " " + year)
                    : month + " " + low % 100 + " to " + month(high) + " " + high % 100 + comma;
        }
        String part = wholeMonths ? "" : low % 100 == 20 && high % 100 >= 28 ? "late "
                : low % 100 == 11 && high % 100 == 20 ? "mid-" : low % 100 == 1 && high % 100 == 10 ? "early " : null;
        return part == null ? month + " " + low % 100 + " to " + high % 100 + comma
                : part + month + (year.isEmpty() ? "" : " " + year);
    }

    private static String month(int monthDay) {
        return MONTHS[Math.max(0, Math.min(11, monthDay / 100 - 1))];
    }

    private static String hedge(Bound bound) {
        switch (bound) {
            case APPROXIMATE: return "approximately ";
            case AT_LEAST: return "at least ";
            case AT_MOST: return "at most ";
            default: return "";
        }
    }

    private static String scaled(BigDecimal amount) {
        for (int i = 0; i < SCALE_WORDS.length; i++) {
            if (amount.abs().compareTo(BigDecimal.TEN.pow(SCALE_POWERS[i])) >= 0) {
                // "$14.3 billion", "$1.375 billion"; an amount more precise than that stays in digits ("$43,885,310")
                BigDecimal scaled = Numbers.normalize(amount.movePointLeft(SCALE_POWERS[i]));
                if (scaled.scale() <= 3) {
                    return scaled.toPlainString() + " " + SCALE_WORDS[i];
                }
                break;
            }
        }
        // cents as a price is written: "$41.50", not "$41.5"
        boolean cents = amount.stripTrailingZeros().scale() > 0;
        return cents ? new DecimalFormat("#,##0.00########", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount) : number(amount);
    }

    private static String number(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }
}
