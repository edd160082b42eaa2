package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Dates written relative to the day the article was published, read against that day: "yesterday", "today",
 * "last night",
 * "on Monday" is {@link Weekdays}' — here "last week", "earlier this month", "next year", "over the weekend", "last
 * summer", "three days ago". The value is what the words name on the calendar, so that "last month" in an article of
 * 13 August 2018 and another outlet's "in July" state one date: a day is a {@link Kind#DATE} of that day, a week,
 * weekend, month or season the range of its days (month·100 + day, the year as unit, as {@link Dates} writes them),
 * a year a {@link Kind#YEAR}. An undated article's relative dates name nothing and are not read; nor are the
 * anaphoric ones ("the same day", "two days later"), which count from another event, not from the article's day.
 * A range that would cross a new year (the last week of December) is not read either: a date figure has one year.
 * Written with a capital inside a sentence, the words are a name ("ABC's This Week", NBC's "Today").
 */
final class RelativeDates {

    private static final String COUNT = "(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|\\d{1,2})";
    private static final Pattern RELATIVE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])(?:"
            + "(?<day>yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))"
            + "|(?<edge>earlier|later)\\s+this\\s+(?<edgeunit>week|month|year)"
            + "|(?<rel>last|this|next|this\\s+past|this\\s+coming)\\s+(?<unit>week|month|year|weekend"
            + "|summer|spring|autumn|fall)"
            + "|(?<over>over|during)\\s+the\\s+weekend"
            + "|" + COUNT + "\\s+(?<agounit>day|week|month|year)s?\\s+ago"
            + ")(?![\\p{L}\\p{N}])");
    /** "the day before yesterday", "a year ago this month": the words before or after make it another date. */
    private static final Pattern NOT_AFTER = Pattern.compile("(?i)(?:before|after|the|of)\\s+$");
    /**
     * "since last month", "until next year": a span that runs from or to a period, no date of its own; a day still
     * names itself ("shut for 56 hours from tonight", "since yesterday").
     */
    private static final Pattern SPAN_BOUND = Pattern.compile("(?i)(?:since|until|from)\\s+$");
    private static final Pattern YEARS_NAMED = Pattern.compile("(?i)^\\s+(?:this|that|last|next)\\s+(?:week|month"
            + "|year)");
    /** What may stand before a relative date written with a capital: nothing but the sentence's opening marks. */
    private static final Pattern OPENING = Pattern.compile("[\\s\"“‘'(—–-]*");
    private static final Map<String, int[]> SEASONS = Map.of("spring", new int[] {301, 531}, "summer",
            new int[] {601, 831}, "autumn", new int[] {901, 1130}, "fall", new int[] {901, 1130});
    private static final int LOOK_BACK = 12;

    private RelativeDates() {
    }

    /** The relative dates of a sentence written on {@code written}; none when the day is unknown. */
    static List<Figure> find(String s, LocalDate written) {
        List<Figure> out = new ArrayList<>();
        if (written == null) {
            return out;
        }
        Matcher m = RELATIVE.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - LOOK_BACK), m.start());
            boolean named = Character.isUpperCase(s.charAt(m.start()))
                    && !OPENING.matcher(s.substring(0, m.start())).matches();
            if (named || NOT_AFTER.matcher(before).find() || YEARS_NAMED.matcher(s.substring(m.end())).find()
                    || m.group("day") == null && SPAN_BOUND.matcher(before).find()) {
                continue;
            }
            Value value = value(m, written);
            if (value != null) {
                out.add(new Figure(value, m.start(), m.end(), value.low(),
                        value.low().equals(value.high()) ? null : value.high()));
            }
        }
        return out;
    }

    private static Value value(Matcher m, LocalDate written) {
        if (m.group("day") != null) {
            String day = m.group("day").toLowerCase(Locale.ROOT);
            int offset = day.equals("yesterday") || day.startsWith("last") ? -1 : day.equals("tomorrow") ? 1 : 0;
            return day(written.plusDays(offset));
        }
        if (m.group("edge") != null) {
            boolean earlier = m.group("edge").equalsIgnoreCase("earlier");
            String unit = m.group("edgeunit").toLowerCase(Locale.ROOT);
            if (unit.equals("year")) {
                return year(written.getYear());
            }
            LocalDate first = unit.equals("week") ? written.with(DayOfWeek.MONDAY) : written.withDayOfMonth(1);
            LocalDate last = unit.equals("week") ? written.with(DayOfWeek.SUNDAY)
                    : written.with(TemporalAdjusters.lastDayOfMonth());
            return earlier ? days(first, written) : days(written, last);
        }
        if (m.group("over") != null) {
            return weekend(written, 0);
        }
        if (m.group("rel") != null) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int shift = rel.equals("last") || rel.equals("this past") ? -1 : rel.equals("next")
                    || rel.equals("this coming") ? 1 : 0;
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            switch (unit) {
                case "year":
                    return year(written.getYear() + shift);
                case "month": {
                    LocalDate month = written.withDayOfMonth(1).plusMonths(shift);
                    return days(month, month.with(TemporalAdjusters.lastDayOfMonth()));
                }
                case "week": {
                    LocalDate monday = written.with(DayOfWeek.MONDAY).plusWeeks(shift);
                    return days(monday, monday.plusDays(6));
                }
                case "weekend":
                    return weekend(written, rel.equals("this past") ? -1 : shift);
                default:
                    return season(SEASONS.get(unit), written, shift);
            }
        }
        int count = m.group("count").matches("\\d+") ? Integer.parseInt(m.group("count"))
                : m.group("count").toLowerCase(Locale.ROOT).startsWith("a") ? 1
                : Integer.parseInt(NumberWords.digits(m.group("count")));
        switch (m.group("agounit").toLowerCase(Locale.ROOT)) {
            case "day":
                return day(written.minusDays(count));
            case "week": {
                LocalDate day = written.minusWeeks(count);
                return days(day.minusDays(3), day.plusDays(3));
            }
            case "month": {
                LocalDate month = written.withDayOfMonth(1).minusMonths(count);
                return days(month, month.with(TemporalAdjusters.lastDayOfMonth()));
            }
            default:
                return year(written.getYear() - count);
        }
    }

    /**
     * The weekend meant: "over the weekend" and "this weekend" the one just past, or the present one when written on
     * a Saturday or Sunday; "last weekend" the one before the week's; "next weekend" the coming one.
     */
    private static Value weekend(LocalDate written, int shift) {
        boolean during = written.getDayOfWeek() == DayOfWeek.SATURDAY || written.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate saturday = during ? written.with(DayOfWeek.SATURDAY)
                : written.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        if (shift > 0) {
            saturday = written.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else if (shift < 0 && during) {
            saturday = saturday.minusWeeks(1);
        }
        return days(saturday, saturday.plusDays(1));
    }

    /** "last summer": the latest summer over before the article's day; "this summer" its year's; "next" the coming. */
    private static Value season(int[] months, LocalDate written, int shift) {
        int today = written.getMonthValue() * 100 + written.getDayOfMonth();
        int year = written.getYear();
        if (shift < 0) {
            year = today > months[1] ? year : year - 1;
        } else if (shift > 0) {
            year = today < months[0] ? year : year + 1;
        }
        return range(year, months[0], months[1]);
    }

    private static Value day(LocalDate date) {
        BigDecimal amount = BigDecimal.valueOf(date.getMonthValue() * 100L + date.getDayOfMonth());
        return Dates.value(amount, amount, String.valueOf(date.getYear()));
    }

    private static Value days(LocalDate first, LocalDate last) {
        if (first.getYear() != last.getYear()) {
            return null;
        }
        if (first.equals(last)) {
            return day(first);
        }
        return range(first.getYear(), first.getMonthValue() * 100 + first.getDayOfMonth(),
                last.getMonthValue() * 100 + last.getDayOfMonth());
    }

    private static Value range(int year, int low, int high) {
        return Dates.value(BigDecimal.valueOf(low), BigDecimal.valueOf(high), String.valueOf(year));
    }

    private static Value year(int year) {
        BigDecimal amount = BigDecimal.valueOf(year);
        return new Value(Kind.YEAR, amount, null, null, Bound.EXACT, amount, amount);
    }
}
