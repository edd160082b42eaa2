package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.api.Kind;

/**
 * Times told on a stopwatch: "won in 2:04:31", "a course record of 2:05:50" — hours, minutes and seconds, never a
 * time of day (which has two parts or "a.m."/"p.m.", see {@link ClockTimes}); minutes and seconds with hundredths
 * ("clocked 2:01.47"); minutes and seconds where the words make them a span ("a dive time of 4:02", "won the mile
 * in 3:58", "3:58 later"); and hours and minutes written close ("a best time of 1h58m"). A {@link Kind#QUANTITY} of
 * seconds (2:04:31 is 7,471), so that it compares with a duration told in words ("two hours and five minutes") after
 * conversion; shown as written ("2:04:31").
 */
final class RaceTimes {

    private static final Pattern STOPWATCH = Pattern.compile("(?<![\\p{N}:.,])(?<h>\\d{1,2}):(?<m>[0-5]\\d):"
            + "(?<s>[0-5]\\d)(?:\\.(?<f>\\d{1,3}))?(?![\\p{N}:])(?!\\s?[ap]\\.?m)");
    /** Minutes and seconds with hundredths, as swimming and athletics write them: "2:01.47", "1:30.05". */
    private static final Pattern LAP = Pattern.compile("(?<![\\p{N}:.,])(?<m>\\d{1,2}):(?<s>[0-5]\\d)\\.(?<f>\\d{1,3})"
            + "(?![\\p{N}:])");
    /** Hours and minutes written close, as timetables and reports do: "1h58m", "9h 28m", "2h14min". */
    private static final Pattern COMPACT = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<h>\\d{1,3})h\\s?(?<m>[0-5]?\\d)"
            + "(?:min|m)(?![\\p{L}\\p{N}])");
    /**
     * Minutes and seconds of a span, where the words around it make it one and no time of day: "a dive time of 4:02",
     * "her time was 3:58", "won the mile in 3:58", "surfaced 3:58 later" (not "at 4:02", "4:02 a.m.").
     */
    private static final Pattern SPAN = Pattern.compile("(?<![\\p{N}:.,])(?<m>\\d{1,2}):(?<s>[0-5]\\d)"
            + "(?![\\p{N}:]|\\.\\d)(?!\\s?(?i:[ap]\\.?m|gmt|bst|utc|local|hours|hrs|o'clock))");
    /** The words before a span of minutes and seconds (see {@link #SPAN}). */
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:time\\sof|time\\swas|time\\sis"
            + "|times\\sof|record\\sof|best\\sof|mark\\sof|clocked|lasted|announced\\sas|corrected\\sto|revised\\sto)"
            + "|(?<![\\p{L}])(?:won|finished|ran|completed|covered|swam|rode)\\s[^.;:]{0,40}?\\sin)\\s$");
    private static final Pattern SPAN_AFTER = Pattern.compile("^\\s(?:later|after)(?![\\p{L}])");
    private static final BigDecimal HALF_SECOND = new BigDecimal("0.5");
    private static final BigDecimal HALF_MINUTE = new BigDecimal("30");

    private RaceTimes() {
    }

    /** The stopwatch times of a sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        Matcher compact = COMPACT.matcher(s);
        while (compact.find()) {
            out.add(seconds(s, compact, BigDecimal.valueOf(Long.parseLong(compact.group("h")) * 3600
                    + Long.parseLong(compact.group("m")) * 60), HALF_MINUTE));
        }
        if (s.indexOf(':') < 0) {
            return out;
        }
        Matcher lap = LAP.matcher(s);
        while (lap.find()) {
            String fraction = lap.group("f");
            out.add(seconds(s, lap, new BigDecimal(Long.parseLong(lap.group("m")) * 60
                    + Long.parseLong(lap.group("s")) + "." + fraction), HALF_SECOND.movePointLeft(fraction.length())));
        }
        Matcher span = SPAN.matcher(s);
        while (span.find()) {
            if (SPAN_BEFORE.matcher(s.substring(Math.max(0, span.start() - 60), span.start())).find()
                    || SPAN_AFTER.matcher(s.substring(span.end())).find()) {
                out.add(seconds(s, span, BigDecimal.valueOf(Long.parseLong(span.group("m")) * 60
                        + Long.parseLong(span.group("s"))), HALF_SECOND));
            }
        }
        Matcher m = STOPWATCH.matcher(s);
        while (m.find()) {
            long whole = Long.parseLong(m.group("h")) * 3600 + Long.parseLong(m.group("m")) * 60
                    + Long.parseLong(m.group("s"));
            String fraction = m.group("f");
            BigDecimal amount = fraction == null ? BigDecimal.valueOf(whole)
                    : new BigDecimal(whole + "." + fraction);
            out.add(seconds(s, m, amount, fraction == null ? HALF_SECOND
                    : HALF_SECOND.movePointLeft(fraction.length())));
        }
        return out;
    }

    /** A time read by {@code m} as a quantity of seconds, as precise as written ({@code half}), hedged as written. */
    private static Figure seconds(String s, Matcher m, BigDecimal amount, BigDecimal half) {
        return new Figure(Intervals.single(Kind.QUANTITY, amount, half, Hedge.before(s.substring(0, m.start())), null,
                "second"), m.start(), m.end(), amount, null);
    }
}
