package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.Currencies;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * A number joined to a noun by a hyphen to qualify another noun: "a 48-page indictment" (48 pages), "a seven-count
 * indictment", "a two-term congressman", "the 60-vote threshold", "a two-year investigation" (2 years), "a
 * 12-million-dollar barrier" ($12 million), "a 28-strong team" (28 people). Ages ("28-year-old") and rates
 * ("$2-a-share") are read elsewhere.
 */
final class Compound {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}$€£.,-])(?<number>\\d{1,3}(?:,\\d{3})*"
            + "(?:\\.\\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
            + "|thirty|forty|fifty|sixty|hundred))-(?:(?<scale>million|billion|trillion|thousand)-)?"
            // "forty-two senators" is one number, not forty "twos"
            + "(?<noun>(?!(?:one|two|three|four|five|six|seven|eight|nine)(?!\\p{L}))\\p{Ll}{3,20})"
            + "(?=\\s+[\\p{L}\"“])(?![\\p{L}-])");

    private Compound() {
    }

    /** The compound figures of a sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (s.indexOf('-') < 0) {
            return out;
        }
        Matcher m = COMPOUND.matcher(s);
        while (m.find()) {
            Figure figure = figure(s, m);
            if (figure != null) {
                out.add(figure);
            }
        }
        return out;
    }

    private static Figure figure(String s, Matcher m) {
        String digits = Numbers.digits(m.group("number"));
        String noun = m.group("noun");
        // "90-plus percent": "-plus" is the hedge of the number the scanner reads, not a noun it counts.
        if (digits == null || noun.equals("old") || noun.equals("plus") || Lexicon.get().isStopword(noun)) {
            return null;
        }
        BigDecimal scale = m.group("scale") == null ? BigDecimal.ONE : Numbers.scale(m.group("scale"));
        BigDecimal amount = new BigDecimal(digits).multiply(scale);
        BigDecimal half = Numbers.halfUnit(digits).multiply(scale);
        Hedge hedge = Hedge.before(s.substring(0, m.start()));
        Value value;
        if (noun.equals("strong")) {
            // "a 28-strong team", "the 60-strong crew": how many people the group holds
            value = Intervals.single(Kind.COUNT, amount, half, hedge, null, "people");
        } else if (noun.equals("dollar")) {
            value = Intervals.single(Kind.MONEY, amount, half, hedge, "USD", null);
        } else {
            Units.Match unit = Units.at(s, m.start("noun") - 1);
            boolean measured = unit != null && unit.end() == m.end("noun");
            String minor = measured ? Currencies.ofMinorUnit(unit.name(), s) : null;
            if (minor != null) {
                // "the 55-cent increase": an amount of money written in hundredths
                value = Intervals.single(Kind.MONEY, amount.multiply(HUNDREDTH), half.multiply(HUNDREDTH), hedge,
                        minor, null);
            } else if (measured) {
                value = Intervals.single(Kind.QUANTITY, amount, half, hedge, null, unit.name());
            } else if (Lexicon.get().isNoun(noun) && m.group("scale") == null
                    && amount.compareTo(BigDecimal.ONE) != 0) {
                // a count of one is a word's idiom ("a one-way trip", "a one-time payment"), not a figure
                value = Intervals.single(Kind.COUNT, amount, half, hedge, null, plural(noun));
            } else {
                return null;
            }
        }
        return new Figure(value, m.start(), m.end(), value.amount(), null);
    }

    private static String plural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.matches(".*[^aeiou]y")) {
            return lower.substring(0, lower.length() - 1) + "ies";
        }
        return lower.matches(".*(?:s|x|ch|sh)") ? lower + "es" : lower + "s";
    }
}
