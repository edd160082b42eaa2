package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * The day of the week an article dates something by: "arrested early Friday", "on Tuesday", "Thursday night",
 * "Friday's ceremonies", "on Thu" as trade copy abbreviates it. A {@link Kind#DATE} whose unit is {@code weekday}
 * and whose amount is the ISO day (Monday 1 … Sunday 7); the part of the day ("early", "night") is kept in the
 * surface but is the same day. Not a date: a
 * weekday in a name ("Super Tuesday", "Black Friday": {@code lexicon/calendar.txt}; "Monday Night Football"), a
 * plural ("on Fridays") or a weekday with "every" or "each" before it.
 */
final class Weekdays {

    /** The unit of a weekday's value. */
    static final String UNIT = "weekday";
    private static final Pattern DAY = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<part>early|late)\\s)?"
            + "(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?"
            + "(?:\\s(?<time>morning|afternoon|evening|night))?(?![\\p{L}\\p{N}])");
    /** A weekday as trade copy and timetables abbreviate it, after "on": "read 41cm at 07:00 on Thu". */
    private static final Pattern SHORT_DAY = Pattern.compile("(?<![\\p{L}])on\\s(?<day>Mon|Tue|Tues|Wed|Thu|Thur"
            + "|Thurs|Fri|Sat|Sun)\\.?(?![\\p{L}\\p{N}&'’-]|\\s\\p{Lu})"); // not "on Sun Online"
    private static final Pattern PREVIOUS = Pattern.compile("(?<word>\\p{L}+)\\s+$");
    private static final Pattern TITLE_RUN = Pattern.compile("^\\s\\p{Lu}\\p{Ll}+\\s\\p{Lu}");
    /** Each day by the first three letters of its name, which name it and its abbreviations alike. */
    private static final Map<String, Integer> DAYS = Map.of("mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5,
            "sat", 6, "sun", 7);
    private static final Set<String> NAMING = Set.copyOf(Lexicon.lines("lexicon/calendar.txt"));
    private static final Set<String> RECURRING = Set.of("every", "each");

    /** What may stand between a weekday and its date: "Tuesday, May 12", "Tuesday 12 May", "Tuesday the 12th". */
    private static final Pattern BESIDE = Pattern.compile("^,?\\s(?:the\\s)?$");

    private Weekdays() {
    }

    /**
     * The weekdays among {@code days} that name the single date written right after them ("on Tuesday, May 12"): each
     * such date in {@code figures} is replaced by one figure spanning both, with the date's value, and the weekday is
     * left out of what is returned. One day told with its weekday is one figure: an outlet that writes "Tuesday, May
     * 12" states one date, and another outlet's "May 12" or "Tuesday" each match it.
     */
    static List<Figure> joinDates(String s, List<Figure> figures, List<Figure> days) {
        List<Figure> alone = new ArrayList<>(days.size());
        for (Figure day : days) {
            int at = -1;
            for (int i = 0; i < figures.size() && at < 0; i++) {
                Figure date = figures.get(i);
                if (date.value().kind() == Kind.DATE && date.to() == null && date.start() > day.end()
                        && date.value().bound() == Bound.EXACT
                        && BESIDE.matcher(s.substring(day.end(), date.start())).find()) {
                    at = i;
                }
            }
            if (at < 0) {
                alone.add(day);
            } else {
                Figure date = figures.get(at);
                figures.set(at, new Figure(date.value(), day.start(), date.end(), date.from(), date.to()));
            }
        }
        return alone;
    }

    /** The weekdays of a sentence that date something. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (s.contains("on ")) {
            Matcher abbreviated = SHORT_DAY.matcher(s);
            while (abbreviated.find()) {
                out.add(weekday(abbreviated.group("day"), abbreviated.start("day"), abbreviated.end()));
            }
        }
        if (!s.contains("day")) {
            return out;
        }
        Matcher m = DAY.matcher(s);
        while (m.find()) {
            Matcher previous = PREVIOUS.matcher(s.substring(Math.max(0, m.start() - 30), m.start()));
            String word = previous.find() ? previous.group("word").toLowerCase(Locale.ROOT) : "";
            int end = m.end("day");
            if (NAMING.contains(word) || RECURRING.contains(word)
                    || m.group("time") == null && TITLE_RUN.matcher(s.substring(end)).find()) {
                continue;
            }
            out.add(weekday(m.group("day"), m.start(), m.end()));
        }
        return out;
    }

    /** The weekday named (in full or abbreviated), as a figure spanning [start, end). */
    private static Figure weekday(String name, int start, int end) {
        BigDecimal day = BigDecimal.valueOf(DAYS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
        return new Figure(new Value(Kind.DATE, day, null, UNIT, Bound.EXACT, day, day), start, end, day, null);
    }

}
