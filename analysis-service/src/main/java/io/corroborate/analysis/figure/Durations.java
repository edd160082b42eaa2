package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Kind;

/**
 * A span of time told in two or more units, largest first: "4 hours 51 minutes", "two hours and 10 minutes", "29
 * days, 14 hours and 5 minutes", "four years and eight months", a race time "1 min 41.21 sec". One
 * {@link Kind#QUANTITY} in the smallest unit written (4 hours 51 minutes is 291 minutes), precise to half of it (of
 * its last digit when the last part has decimals), so that it compares with the same span told
 * in one unit ("291 minutes", "nearly five hours") after conversion; shown as written. Read before the scanner, which
 * would otherwise take each part for a figure of its own, or "two hours and 10" for a range. Only units that divide
 * exactly: years into months, weeks into days, days into hours, hours into minutes, minutes into seconds.
 */
final class Durations {

    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})*|(?i:" + Numbers.SPELLED
            + ")(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?|(?i:an?))";
    private static final String UNIT = "(?i:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)";
    /** The last part may carry decimals, as race times do: "1 min 41.21 sec". */
    private static final String LAST = "(?:\\d{1,3}\\.\\d{1,3}|" + NUMBER + ")";
    private static final Pattern PART = Pattern.compile("(?<number>" + LAST + ")\\s(?<unit>" + UNIT + ")"
            + "(?![\\p{L}-])");
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N},.$£€-])" + NUMBER + "\\s" + UNIT
            + "(?:(?:,\\s|,?\\sand\\s|\\s)" + NUMBER + "\\s" + UNIT + ")*(?:(?:,\\s|,?\\sand\\s|\\s)" + LAST
            + "\\s" + UNIT + ")(?![\\p{L}-])");
    /** The next smaller unit each unit divides into exactly, and how many of it one holds (not months, seconds). */
    private static final Map<String, String> SMALLER = Map.of("year", "month", "week", "day", "day", "hour",
            "hour", "minute", "minute", "second");
    private static final Map<String, Integer> NEXT = Map.of("year", 12, "week", 7, "day", 24, "hour", 60,
            "minute", 60);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final List<String> UNIT_WORDS = List.of("year", "month", "week", "day", "hour", "hr", "min", "sec");

    private Durations() {
    }

    /** The spans of time a sentence tells in two or more units. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        String lower = s.toLowerCase(Locale.ROOT);
        if (UNIT_WORDS.stream().noneMatch(lower::contains)) {
            return out; // most sentences name no unit of time: the pattern is spared
        }
        Matcher run = RUN.matcher(s);
        while (run.find()) {
            Figure figure = read(s, run.start(), run.group());
            if (figure != null) {
                out.add(figure);
            }
        }
        return out;
    }

    private static Figure read(String s, int start, String written) {
        Matcher part = PART.matcher(written);
        BigDecimal total = null;
        String unit = null;
        while (part.find()) {
            String next = unit(part.group("unit"));
            BigDecimal amount = amount(part.group("number"));
            if (amount == null) {
                return null;
            }
            if (unit == null) {
                total = amount;
            } else {
                // each part one unit smaller, exactly divisible: "two hours and 10 minutes", not "two days 10 minutes"
                if (!next.equals(SMALLER.get(unit))) {
                    return null;
                }
                total = total.multiply(BigDecimal.valueOf(NEXT.get(unit))).add(amount);
            }
            unit = next;
        }
        if (unit == null) {
            return null;
        }
        Hedge hedge = Hedge.before(s.substring(0, start));
        // precise to half the last digit written: "41.21 sec" to 0.005 of a second
        BigDecimal precision = HALF.movePointLeft(Math.max(0, total.scale()));
        return new Figure(Intervals.single(Kind.QUANTITY, total, precision, hedge, null, unit), start,
                start + written.length(), total, null);
    }

    /** The singular name of a unit of time as written ("hrs" hour, "Minutes" minute). */
    private static String unit(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.startsWith("hr")) {
            return "hour";
        }
        if (lower.startsWith("min")) {
            return "minute";
        }
        if (lower.startsWith("sec")) {
            return "second";
        }
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static BigDecimal amount(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.equals("an")) {
            return BigDecimal.ONE;
        }
        String digits = Character.isDigit(lower.charAt(0)) ? lower.replace(",", "") : NumberWords.digits(lower);
        return digits == null ? null : new BigDecimal(digits);
    }
}
