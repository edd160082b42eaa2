package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Times of day: "5 p.m.", "12:00 p.m.", "10:30 am", "7.50pm", "06:42", "18:30 GMT", "at 10:40", "at noon", "by
 * midnight". A {@link Kind#TIME} whose amount is
 * the minutes after midnight (5 p.m. is 1020); a hedge ("about 5 p.m.", "shortly after noon") widens it by half
 * an hour. A time written to the hour ("3 a.m.") stands for the hour around it, from half an hour before to the end
 * of the hour: reports round a time to the hour and truncate it ("3 a.m." and "3:12 a.m." are compatible). A time at
 * a quarter hour stands for the quarter around it ("11:30" and "11:35", "10:45" and "10:42" are compatible), a time
 * at five minutes for the five around it ("7.50pm" and "7.52pm"); "11:30" and "11:40" conflict. "Noon"
 * and "midnight" count only after a preposition of time ("at noon"), never as "high noon".
 */
final class ClockTimes {

    private static final Pattern CLOCK = Pattern.compile("(?<![\\p{L}\\p{N}:.,])(?<hour>1[0-2]|0?[1-9])"
            + "(?:[:.](?<minute>[0-5]\\d))?\\s?(?<half>[ap])\\.?\\s?m(?:\\.|(?![\\p{L}\\p{N}]))",
            Pattern.CASE_INSENSITIVE);
    /**
     * A 24-hour time: an hour no twelve-hour clock writes ("06:42", "18:30") or any hour with a zone after it ("9:15
     * GMT", "06:42 local time").
     */
    private static final Pattern DAY_CLOCK = Pattern.compile("(?<![\\p{L}\\p{N}:.,$€£])(?:(?<hour>0\\d|1[3-9]|2[0-3])"
            + "[:.](?<minute>[0-5]\\d)(?![\\p{N}]|[:.,]\\d|\\s?[ap]\\.?m)"
            + "|(?<zhour>[01]?\\d|2[0-3])[:.](?<zminute>[0-5]\\d)"
            + "(?=\\s(?:local\\stime|GMT|UTC|BST|CET|CEST|hrs|hours)(?![\\p{L}])))");
    /**
     * A twelve-hour time with the part of the day after it instead of "a.m." or "p.m.": "at 6:15 this morning",
     * "10:40 on Tuesday night"; not the end of a span ("between 10:00 and 11:00 that morning").
     */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?<![\\p{L}\\p{N}:.,$€£])"
            + "(?<!(?:and|to|until|till|-)\\s)(?<hour>1[0-2]|0?[1-9])"
            + "[:.](?<minute>[0-5]\\d)(?=\\s(?:(?:this|that|on\\s\\p{Lu}\\p{Ll}+day|in\\sthe|yesterday|last)\\s)?"
            + "(?<part>morning|afternoon|evening|night)(?![\\p{L}]))");
    /**
     * A time written "H:MM" with no part of the day after a preposition of time ("at around 10:40", "by 11:00"): read
     * on the 24-hour clock its writer uses ("at 10:40 on 12 February" is morning; an afternoon time on that clock is
     * written "16:12"). Not "10.40", which may be a decimal.
     */
    private static final Pattern AT_CLOCK = Pattern.compile("(?<![\\p{L}])(?:at|by|until|till|before|after|around"
            + "|about|from|since)\\s(?<hour>1[0-2]|[1-9]):(?<minute>[0-5]\\d)(?![\\p{N}]|[:.,]\\d|\\s?[ap]\\.?m)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])(?:at|by|until|till|before|after|around"
            + "|about|past|from|to|near|since)\\s(?<name>noon|midnight)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** The parts of the day that say which half of it a time written "H:MM" falls in (see partOfDayAfter). */
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "tonight",
            "overnight");
    private static final BigDecimal HALF_HOUR = BigDecimal.valueOf(30);
    private static final BigDecimal END_OF_HOUR = BigDecimal.valueOf(59);
    /** Half the step a time written at a quarter hour ("11:30", "10:45") may have been rounded to. */
    private static final BigDecimal HALF_QUARTER = new BigDecimal("7.5");
    /** Half the step a time written at five minutes ("11:35") may have been rounded to. */
    private static final BigDecimal HALF_FIVE = new BigDecimal("2.5");

    private ClockTimes() {
    }

    /** The times of day of a sentence. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (Numbers.hasDigit(s)) {
            Matcher m = CLOCK.matcher(s);
            while (m.find()) {
                int hour = Integer.parseInt(m.group("hour")) % 12;
                hour += Character.toLowerCase(m.group("half").charAt(0)) == 'p' ? 12 : 0;
                int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
                out.add(figure(s, m.start(), m.end(), hour * 60 + minute, m.group("minute") == null));
            }
            Matcher part = PART_OF_DAY.matcher(s);
            while (part.find()) {
                int hour = Integer.parseInt(part.group("hour")) % 12;
                String when = part.group("part");
                // "10:40 last night" is 22:40, "2:30 on Tuesday night" the small hours
                boolean pm = when.equals("afternoon") || when.equals("evening") || when.equals("night") && hour >= 6;
                hour += pm ? 12 : 0;
                if (!Figure.overlapsAny(out, part.start(), part.end())) {
                    out.add(figure(s, part.start(), part.end(), hour * 60 + Integer.parseInt(part.group("minute")),
                            false));
                }
            }
            boolean colon = s.indexOf(':') >= 0;
            Matcher at = AT_CLOCK.matcher(s);
            while (colon && at.find()) {
                int start = at.start("hour");
                if (!Figure.overlapsAny(out, start, at.end()) && !partOfDayAfter(s, at.end())) {
                    out.add(figure(s, start, at.end(),
                            Integer.parseInt(at.group("hour")) * 60 + Integer.parseInt(at.group("minute")), false));
                }
            }
            Matcher day = DAY_CLOCK.matcher(s);
            while (day.find()) {
                boolean zoned = day.group("zhour") != null;
                int hour = Integer.parseInt(zoned ? day.group("zhour") : day.group("hour"));
                int minute = Integer.parseInt(zoned ? day.group("zminute") : day.group("minute"));
                if (!Figure.overlapsAny(out, day.start(), day.end())) {
                    out.add(figure(s, day.start(), day.end(), hour * 60 + minute, false));
                }
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("noon") || lower.contains("midnight")) {
            Matcher named = NAMED.matcher(s);
            while (named.find()) {
                int start = named.start("name");
                if (!Figure.overlapsAny(out, start, named.end())) {
                    boolean noon = named.group("name").toLowerCase(Locale.ROOT).equals("noon");
                    out.add(figure(s, start, named.end(), noon ? 12 * 60 : 0, false));
                }
            }
        }
        return out;
    }

    /**
     * Whether a part of the day stands within the three words after a time ("until 11:30 that night", "at 7:30 Friday
     * evening", "at 8:15 tonight"): its half of the day is then said, and an "H:MM" without it is not on a 24-hour
     * clock.
     */
    private static boolean partOfDayAfter(String s, int end) {
        String[] words = s.substring(end, Math.min(s.length(), end + 40)).strip().split("\\s+", 4);
        for (int i = 0; i < Math.min(3, words.length); i++) {
            String word = words[i].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (PARTS_OF_DAY.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Figure figure(String s, int start, int end, int minutes, boolean toTheHour) {
        BigDecimal amount = BigDecimal.valueOf(minutes);
        Hedge hedge = Hedge.before(s.substring(0, start));
        boolean hedged = hedge.bound() == Bound.APPROXIMATE;
        BigDecimal rounded = minutes % 15 == 0 ? HALF_QUARTER : minutes % 5 == 0 ? HALF_FIVE : BigDecimal.ZERO;
        BigDecimal low = hedge.bound() == Bound.AT_MOST ? null
                : hedged || toTheHour ? amount.subtract(HALF_HOUR) : amount.subtract(rounded);
        BigDecimal high = hedge.bound() == Bound.AT_LEAST ? null
                : hedged ? amount.add(HALF_HOUR) : toTheHour ? amount.add(END_OF_HOUR) : amount.add(rounded);
        Value value = new Value(Kind.TIME, amount, null, null, hedge.bound(), low, high);
        return new Figure(value, start, end, amount, null);
    }
}
