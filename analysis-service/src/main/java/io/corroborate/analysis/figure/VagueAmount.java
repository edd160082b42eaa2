package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.text.Patterns;
import io.corroborate.analysis.unit.CountedNoun;
import io.corroborate.analysis.unit.Currencies;
import io.corroborate.analysis.unit.Headcount;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Amounts given by their order of magnitude: "dozens of people" (at least 24, below 120), "hundreds of miles"
 * (at least 200, below 1,000), "tens of millions of dollars" (at least 2·10^7, below 10^8). A plural scale means
 * at least two of it and fewer than ten.
 */
final class VagueAmount {

    private static final Pattern VAGUE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?<tens>tens|hundreds)\\s+of\\s+)?"
            + "(?<scale>dozens|hundreds|thousands|millions|billions|trillions)\\s+of(?=\\s)");
    private static final Pattern CURRENCY = Pattern.compile("\\s(" + Currencies.WORD + ")(?![\\p{L}])");
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VagueAmount() {
    }

    /** The vague amounts of a sentence that say what they count; {@code bare} keeps whole counted phrases. */
    static List<Figure> find(String s, boolean bare) {
        List<Figure> found = new ArrayList<>();
        Matcher m = VAGUE.matcher(s);
        while (m.find()) {
            Figure figure = figure(s, m, bare);
            if (figure != null) {
                found.add(figure);
            }
        }
        return found;
    }

    private static Figure figure(String s, Matcher m, boolean bare) {
        BigDecimal ofScale = low(m.group("scale"), m.group("tens"));
        BigDecimal low = ofScale.multiply(BigDecimal.valueOf(2));
        BigDecimal high = ofScale.multiply(BigDecimal.TEN);
        Matcher currency = Patterns.at(CURRENCY, s, m.end());
        Units.Match unit = currency == null ? Units.at(s, m.end()) : null;
        if (currency != null || unit != null) {
            int end = currency != null ? currency.end() : unit.end();
            Kind kind = currency != null ? Kind.MONEY : Kind.QUANTITY;
            String code = currency != null ? Currencies.ofWord(currency.group(1)) : null;
            return figure(m.start(), end, kind, low, high, code, unit == null ? null : unit.name());
        }
        // "dozens of House Democrats", "thousands of American troops": capitalized modifiers and plurals of people
        String head = Headcount.unit(CountedNoun.after(s, m.end(), false, true), s);
        String counted = bare ? CountedPhrase.after(s, m.end(), false) : head;
        if (counted == null) {
            return null;
        }
        String last = counted.substring(counted.lastIndexOf(' ') + 1);
        int at = s.indexOf(last, m.end());
        int end = at < 0 ? m.end() : at + last.length();
        return figure(m.start(), end, Kind.COUNT, low, high, null, counted);
    }

    /** The scale counted: 12 for "dozens", 100 for "hundreds", 10,000 for "tens of thousands". */
    private static BigDecimal low(String scale, String tens) {
        String word = scale.toLowerCase(Locale.ROOT);
        BigDecimal low = word.equals("dozens") ? DOZEN : Numbers.scale(word.substring(0, word.length() - 1));
        if (tens != null) {
            low = low.multiply(tens.equalsIgnoreCase("tens") ? BigDecimal.TEN : HUNDRED);
        }
        return low;
    }

    private static Figure figure(int start, int end, Kind kind, BigDecimal low, BigDecimal high, String currency,
            String unit) {
        Value value = new Value(kind, Numbers.normalize(low), currency, unit, Bound.AT_LEAST,
                Numbers.normalize(low), Numbers.normalize(high));
        return new Figure(value, start, end, Numbers.normalize(low), Numbers.normalize(high));
    }
}
