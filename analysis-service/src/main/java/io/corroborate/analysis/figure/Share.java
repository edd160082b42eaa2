package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * A share written as a fraction, as a claim sees it: a percentage ("nearly half of the cases" about 50%, "one in four
 * cases" 25%, "three-quarters of members" 75%, "a third of" 33.3%, "cut the risk by a third", "could halve the
 * risk" 50%, "a quarter more
 * than"), so that it compares with the same share written
 * with a percent sign ("47 percent", "25%"); also a hyphenated fraction closing its clause ("a turnout of just under
 * two-thirds"). A spelled fraction is a rounding: it allows two and a half points either
 * side before its hedge. A part of a unit is that much of the unit ("beat it by a third of a second": 0.333
 * seconds, as loosely). Not a share of time ("the second half of 2019", "the first quarter") nor a part of a thing
 * measured ("half a mile"): those are read elsewhere or not at all.
 */
final class Share {

    private static final String SMALL = "a|an|one|two|three|four|five|six|seven|eight|nine";
    /** How far either side of its share a spelled fraction reaches, in points: "half" allows 47.5 to 52.5. */
    private static final BigDecimal SLACK = new BigDecimal("2.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The same slack for a part of a unit: "a third of a second" reaches from 0.308 to 0.358 seconds. */
    private static final BigDecimal UNIT_SLACK = SLACK.movePointLeft(2);
    private static final BigDecimal HALF_PART = new BigDecimal("0.5");
    /** "two-thirds of", "a quarter of the patients", "three-quarters" after "by". */
    private static final Pattern SPELLED = Pattern.compile("(?i)(?<![\\p{L}-])(?<num>" + SMALL + ")[- ]"
            + "(?<den>thirds?|quarters?|fifths?)(?=\\sof\\s)");
    /**
     * A part of a unit: "a third of a second", "a tenth of a second", "three-quarters of a mile", "half a minute" is
     * read elsewhere.
     */
    private static final Pattern PART_OF_UNIT = Pattern.compile("(?i)(?<![\\p{L}-])(?<num>" + SMALL + ")[- ]"
            + "(?<den>thirds?|quarters?|fifths?|tenths?|hundredths?|thousandths?)\\sof\\san?\\s"
            + "(?<unit>second|minute|hour|day|week|month|year|mile|kilometre|kilometer|metre|meter|foot|inch|pound"
            + "|ounce|gallon|litre|liter|percentage\\spoint)(?![\\p{L}])");
    /** "by two-thirds", "cut the risk by nearly a third", "by half", "than three-quarters". */
    private static final Pattern BY_SPELLED = Pattern.compile("(?i)(?<=\\b(?:by|than)\\s(?:(?:nearly|almost|about"
            + "|roughly|around|some|over|under|more\\sthan|less\\sthan|just\\sover|just\\sunder)\\s)?)"
            + "(?:(?<num>" + SMALL + ")[- ](?<den>thirds?|quarters?|fifths?)|(?<half>half))(?![\\p{L}])");
    /** "a third more than", "a quarter lower", "a third as much": a share of the figure it is set against. */
    private static final Pattern COMPARED = Pattern.compile("(?i)(?<![\\p{L}-])(?<num>a|one)[- ]"
            + "(?<den>third|quarter|fifth)(?=\\s(?:more|less|fewer|higher|lower|larger|smaller|bigger|cheaper"
            + "|above|below|as\\smuch|as\\smany)(?![\\p{L}]))");
    /** "could halve the risk", "halved its workforce": a cut by half, as "cut by half" is. */
    private static final Pattern HALVE = Pattern.compile("(?i)(?<![\\p{L}])halv(?:e|es|ed|ing)(?![\\p{L}])");
    /** "half of the votes", "nearly half of", "just over half the": not "the second half of 2019". */
    private static final Pattern HALF = Pattern.compile("(?i)(?<![\\p{L}-])(?<num>half)(?=\\s(?:of\\s|the\\s|its\\s"
            + "|their\\s|all\\s))");
    private static final Pattern NOT_A_SHARE_BEFORE = Pattern.compile("(?i)(?:first|second|third|last|latter|other"
            + "|back|front|the|a|an|its|their|his|her|this|that)\\s$");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^\\s(?:of\\s)?(?:the\\s)?(?:\\d{4}|year|season"
            + "|century|decade|month|game|match|term|day|week|hour|time)(?![\\p{L}])");
    /**
     * A hyphenated fraction ending its clause, the share of something named before it: "a turnout of just under
     * two-thirds", "the stake rose to three-quarters." (not "two-thirds of", read above).
     */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)(?<![\\p{L}-])(?<num>" + SMALL + ")-"
            + "(?<den>thirds?|quarters?|fifths?)(?=\\s*(?:[.,;:!?)—–]|$))");
    /** "one in four cases", "one in every five", "3 out of 10 voters". */
    private static final Pattern ONE_IN = Pattern.compile("(?i)(?<![\\p{L}\\p{N},.$€£-])(?<num>\\d{1,3}|" + SMALL
            + "|ten)\\s(?:in|out\\sof)\\s(?:every\\s)?(?<den>\\d{1,3}|" + Numbers.SPELLED + ")(?![\\p{L}\\p{N}%])");

    private Share() {
    }

    /** The shares of sentence {@code s}; {@code numeric}: whether it states a number ({@link Numbers#mentionsNumber}). */
    static List<Figure> find(String s, boolean numeric) {
        List<Figure> out = new ArrayList<>();
        String lower = s.toLowerCase(Locale.ROOT);
        boolean part = lower.contains("third") || lower.contains("quarter") || lower.contains("fifth");
        boolean half = lower.contains("half") || lower.contains("halv");
        boolean small = part || lower.contains("tenth") || lower.contains("hundredth") || lower.contains("thousandth");
        if (!small && !half && !numeric) {
            return out;
        }
        for (Pattern p : List.of(PART_OF_UNIT, SPELLED, BY_SPELLED, COMPARED, HALF, HALVE, ONE_IN, Fraction.HYPHENED,
                CLAUSE_END)) {
            // Each pattern needs its words: "one in four" a number, "half of" half, "by a third" a part or half,
            // a part of a unit a part or a smaller one, the others a part.
            if (p == ONE_IN ? !numeric : p == HALF || p == HALVE ? !half : p == BY_SPELLED ? !part && !half
                    : p == PART_OF_UNIT ? !small : !part) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                boolean timeOfHalf = p == HALF && (NOT_A_SHARE_BEFORE.matcher(s.substring(0, m.start())).find()
                        || TIME_AFTER.matcher(s.substring(m.end())).find());
                if (timeOfHalf || p == ONE_IN && Fraction.spanAfter(s, m.end())) {
                    continue; // "the second half of 2019"; "2 in 10 minutes"
                }
                Figure f = figure(s, m, p == HALF || p == HALVE || p == BY_SPELLED && m.group("half") != null);
                if (f != null && !Figure.overlapsAny(out, f.start(), f.end())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Figure figure(String s, Matcher m, boolean half) {
        BigDecimal numerator = half ? BigDecimal.ONE : Fraction.number(m.group("num"));
        BigDecimal denominator = half ? BigDecimal.valueOf(2) : Fraction.denominator(m.group("den"));
        if (numerator == null || denominator == null || numerator.signum() <= 0
                || numerator.compareTo(denominator) >= 0
                || m.pattern() != PART_OF_UNIT && denominator.compareTo(HUNDRED) > 0) {
            return null;
        }
        Hedge hedge = Hedge.before(s.substring(0, m.start()));
        if (m.pattern() == PART_OF_UNIT) {
            // a part of a unit ("by a third of a second") is that much of it
            BigDecimal part = numerator.divide(denominator, 3, RoundingMode.HALF_UP).stripTrailingZeros();
            String word = m.group("unit").toLowerCase(Locale.ROOT);
            Units.Match unit = Units.at(" " + word, 0);
            // as loose as a spelled share, and no looser than half of one part: "three hundredths" to 0.005
            BigDecimal slack = UNIT_SLACK.min(HALF_PART.divide(denominator, MathContext.DECIMAL64));
            // "a quarter of a percentage point" is 0.25 of the points a share moves by, as "0.25 percentage points"
            Value value = word.startsWith("percentage") ? Intervals.single(Kind.PERCENT, part, slack, hedge, null, "pp")
                    : Intervals.single(Kind.QUANTITY, part, slack, hedge, null,
                            unit != null && unit.end() == word.length() + 1 ? unit.name() : word);
            return new Figure(value, m.start(), m.end(), part, null);
        }
        BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        Value value = Intervals.single(Kind.PERCENT, percent, SLACK, hedge, null, "%");
        return new Figure(value, m.start(), m.end(), percent, null);
    }
}
