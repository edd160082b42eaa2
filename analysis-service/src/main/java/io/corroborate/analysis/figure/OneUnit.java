package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * "a" or "an" as the number one before a unit of time or length, where a reader takes it as a figure: after a hedge
 * or a word of extent ("just over a mile", "less than an hour", "within a month", "for more than a decade"), or with
 * a fraction after it ("a mile and a quarter", "a minute and a half"), half of one ("half an hour into the flight"),
 * or a length of some stuff ("an inch of ice"). Not a rate ("$96 a year", "twice a day": no such word before it)
 * and not a time relative to another ("a year ago", "nearly a decade ago", "a week later").
 */
final class OneUnit {

    private static final Pattern ONE = Pattern.compile("(?i)(?<![\\p{L}])(?<lead>(?:just\\s+over|just\\s+under"
            + "|more\\s+than|less\\s+than|under|over|nearly|almost|about|around|roughly|some|within|for|lasting"
            + "|spanning)\\s+)?"
            + "(?<half>half\\s+)?(?<a>an?)\\s+(?=\\p{Ll})");
    /** A length of some stuff: "an inch of ice", "a metre of snow". */
    private static final Pattern OF_STUFF = Pattern.compile("^\\s+of\\s+\\p{Ll}");
    private static final Pattern FRACTION = Pattern.compile("^\\s+and\\s+a\\s+(?<part>half|quarter)(?![\\p{L}])");
    /** A time counted back or on from another: "a year ago", "a week later". */
    private static final Pattern RELATIVE = Pattern.compile("^\\s+(?:ago|earlier|later|previously|back)(?![\\p{L}])");
    /** A time set against an event: "half a day after the crash" (but "exempt for a decade after completion"). */
    private static final Pattern ANCHORED = Pattern.compile("^\\s+(?:before|after|on|since|from)(?![\\p{L}])");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private OneUnit() {
    }

    /** The figures of one unit in the sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (!s.contains("a ") && !s.contains("an ") && !s.startsWith("A")) {
            return out;
        }
        Matcher m = ONE.matcher(s);
        while (m.find()) {
            Units.Match unit = Units.at(s, m.end("a"));
            Conversions.Unit known = unit == null ? null : Conversions.of(unit.name());
            // a reader counts one of a span of time or a length; "an ounce", "a dollar" are other idioms
            if (known == null || !known.dimension().equals("time") && !known.dimension().equals("length")
                    || unit.end() < s.length() && Character.isLetter(s.charAt(unit.end()))) {
                continue;
            }
            String after = s.substring(unit.end());
            Matcher fraction = FRACTION.matcher(after);
            boolean parted = fraction.find();
            boolean time = known.dimension().equals("time");
            boolean half = m.group("half") != null;
            boolean stuff = !time && OF_STUFF.matcher(after).find();
            boolean lead = m.group("lead") != null;
            if (!lead && !parted && !half && !stuff || time && (RELATIVE.matcher(after).find()
                    || !lead && ANCHORED.matcher(after).find())) {
                continue;
            }
            BigDecimal amount = half ? HALF : parted ? BigDecimal.ONE.add(fraction.group("part")
                    .equalsIgnoreCase("half") ? HALF : QUARTER) : BigDecimal.ONE;
            int start = half ? m.start("half") : m.start("a");
            int end = parted ? unit.end() + fraction.end() : unit.end();
            String before = s.substring(0, start);
            Hedge hedge = FigureScanner.spans(before) ? Hedge.NONE : Hedge.before(before);
            Value value = Intervals.single(Kind.QUANTITY, amount, BigDecimal.ZERO, hedge, null, unit.name());
            out.add(new Figure(value, start, end, amount, null));
        }
        return out;
    }
}
