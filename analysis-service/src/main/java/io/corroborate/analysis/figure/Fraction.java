package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.text.Patterns;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Fractions of something: "two-thirds of", "a third of", "one out of three", "one in five voters", "almost half of",
 * "1/16 of a pint", "a two-thirds majority".
 * Only the quantity layer reports them; a share with no percent sign frames no claim on its own.
 */
final class Fraction {

    /** The numerators a fraction is spelled with: "a third", "two-thirds". */
    static final String SMALL = "a|an|one|two|three|four|five|six|seven|eight|nine|ten";
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(Map.entry("half", 2),
            Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4),
            Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4), Map.entry("fifth", 5),
            Map.entry("fifths", 5), Map.entry("tenth", 10), Map.entry("tenths", 10), Map.entry("hundredth", 100),
            Map.entry("hundredths", 100), Map.entry("thousandth", 1000), Map.entry("thousandths", 1000));
    private static final Pattern SPELLED = Pattern.compile("(?i)(?<![\\p{L}])(?<num>" + SMALL + ")[- ]"
            + "(?<den>halves|half|thirds?|quarters?|fourths?|fifths?)\\s+of(?=\\s)");
    private static final Pattern OUT_OF = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?<num>\\d{1,3}|" + SMALL
            + ")\\s+out\\s+of\\s+(?:every\\s+)?(?<den>\\d{1,4}|" + Numbers.SPELLED + ")(?![\\p{L}\\p{N}])");
    // A bare "half of" is often time ("the second half of 2019"); a hedge makes it an amount ("almost half of").
    private static final Pattern HALF = Pattern.compile("(?i)(?<![\\p{L}])(?:almost|nearly|about|roughly"
            + "|more than|less than|over|under|just over|just under)\\s(?<num>half)\\s+of(?=\\s)");
    /** "a two-thirds majority", "a one-quarter stake": a hyphened fraction qualifying a noun (also read by Share). */
    static final Pattern HYPHENED = Pattern.compile("(?i)(?<![\\p{L}-])(?<num>" + SMALL + ")-"
            + "(?<den>halves|thirds?|quarters?|fourths?|fifths?)(?=\\s+(?!of\\s)\\p{Ll})");
    /** "one in five voters", "a 1 in 3 chance", "one in every four": not "2 in 10 minutes", "3 in 2019". */
    private static final Pattern IN = Pattern.compile("(?i)(?<![\\p{L}\\p{N},.$€£-])(?<num>\\d{1,3}|" + SMALL
            + ")\\s+in\\s+(?:every\\s+)?(?<den>\\d{1,3}|" + Numbers.SPELLED
            + ")(?![\\p{L}\\p{N}%,.]\\d|[\\p{L}\\p{N}%])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\p{L}\\p{N}/.,])(?<num>\\d{1,3})[/⁄](?<den>\\d{1,4})"
            + "(?=\\s+of\\s)");

    // "1/16 of a US pint": the measure the fraction is taken of, when it is a unit.
    private static final Pattern OF_A = Pattern.compile("(?:\\s+of)?\\s+(?:a|an)(?:\\s\\p{Lu}{2})?(?=\\s)");

    static final String FRACTION = "fraction";
    private static final Pattern THE = Pattern.compile("\\s+(?:the|its|their|his|her|our)(?=\\s)");

    private Fraction() {
    }

    static List<Figure> find(String s) {
        List<Figure> found = new ArrayList<>();
        for (Pattern p : List.of(SPELLED, OUT_OF, HALF, SLASHED, HYPHENED, IN)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (p == IN && spanAfter(s, m.end())) {
                    continue;
                }
                Figure f = figure(s, m);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** "2 in 10 minutes": a unit after "N in M" makes it a count within a span, no share (also read by Share). */
    static boolean spanAfter(String s, int end) {
        return Units.at(s, end) != null;
    }

    private static Figure figure(String s, Matcher m) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        BigDecimal numerator = num.equals("half") ? BigDecimal.ONE : number(num);
        BigDecimal denominator = num.equals("half") ? BigDecimal.valueOf(2) : denominator(m);
        if (numerator == null || denominator == null || denominator.signum() == 0
                || numerator.compareTo(denominator) >= 0) {
            return null;
        }
        BigDecimal share = numerator.divide(denominator, MathContext.DECIMAL64);
        boolean hyphened = m.pattern() == HYPHENED;
        Units.Match unit = hyphened ? null : unitAfter(s, m.end());
        String named = unit != null ? unit.name() : hyphened ? FRACTION : whole(s, m.end());
        Value value = new Value(Kind.QUANTITY, share, null, named, Bound.EXACT, share, share);
        return new Figure(value, m.start(), m.end(), share, null);
    }

    /** The unit a fraction ending at {@code end} is taken of ("a third of a second", "1/16 of a US pint"), or null. */
    private static Units.Match unitAfter(String s, int end) {
        Matcher of = Patterns.at(OF_A, s, end);
        return of == null ? null : Units.at(s, of.end());
    }

    /**
     * A share of something not measured names its whole: "a third of Germans" is a {@code fraction of Germans},
     * "two-thirds of digital and physical sales" a {@code fraction of digital and physical sales}; a whole that is
     * not a counted noun phrase ("a third of those screened") leaves a bare {@code fraction}.
     */
    private static String whole(String s, int end) {
        Matcher the = Patterns.at(THE, s, end);
        CountedPhrase.Phrase phrase = CountedPhrase.read(s, the == null ? end : the.end(), false);
        return phrase == null ? FRACTION : FRACTION + " of " + phrase.text();
    }

    private static BigDecimal denominator(Matcher m) {
        return denominator(m.group("den"));
    }

    /** A denominator as written: "third", "quarters", "half", or a number ("five", "10"); null when none. */
    static BigDecimal denominator(String written) {
        Integer spelled = DENOMINATORS.get(written.toLowerCase(Locale.ROOT));
        return spelled != null ? BigDecimal.valueOf(spelled) : number(written);
    }

    /** A numerator as written: "a", "one", "three", "3"; null when none. */
    static BigDecimal number(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String digits = lower.equals("a") || lower.equals("an") ? "1" : Numbers.digits(lower);
        return digits == null ? null : new BigDecimal(digits);
    }
}
