package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Fiscal and financial years, as years: "FY2026" and "FY26" are 2026; "the current fiscal year", "last financial
 * year" and "the previous fiscal year" are read against the day the article was published, as "this year" and "last
 * year" are ({@link RelativeDates}): the calendar year, which for a fiscal year is the one it is named by (the year
 * it ends in, as outlets and agencies name them). "FY2025/26" and "FY25-26", which name two years, are not read.
 */
final class FiscalYears {

    private static final Pattern FISCAL = Pattern.compile("(?<![\\p{L}\\p{N}])(?:FY\\s?(?<year>(?:20)?\\d\\d)"
            + "(?![\\p{N}/–-])|(?i:(?<rel>last|this|next|current|previous|prior)\\s+(?:fiscal|financial)\\s+year))"
            + "(?![\\p{L}\\p{N}])");

    private FiscalYears() {
    }

    /** The fiscal years a sentence names by their year ("FY2026", "FY26"). */
    static List<Figure> named(String s) {
        return find(s, null, false);
    }

    /**
     * The fiscal years a sentence names relative to the day it was written on ("the current fiscal year"); none
     * when that day is unknown (null). Like "last year", one of these right after a figure is its period (see
     * {@link Dates#withoutPeriods}).
     */
    static List<Figure> relative(String s, LocalDate written) {
        return written == null ? List.of() : find(s, written, true);
    }

    private static List<Figure> find(String s, LocalDate written, boolean relative) {
        List<Figure> out = new ArrayList<>();
        if (relative ? s.toLowerCase(Locale.ROOT).indexOf(" year") < 0 : s.indexOf("FY") < 0) {
            return out;
        }
        Matcher m = FISCAL.matcher(s);
        while (m.find()) {
            int year;
            if (m.group("year") != null) {
                if (relative) {
                    continue;
                }
                String digits = m.group("year");
                year = Integer.parseInt(digits.length() == 2 ? "20" + digits : digits);
            } else if (relative) {
                year = written.getYear() + switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                    case "last", "previous", "prior" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
            } else {
                continue;
            }
            BigDecimal amount = BigDecimal.valueOf(year);
            Value value = new Value(Kind.YEAR, amount, null, null, Bound.EXACT, amount, amount);
            out.add(new Figure(value, m.start(), m.end(), amount, null));
        }
        return out;
    }
}
