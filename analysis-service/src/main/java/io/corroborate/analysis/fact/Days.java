package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.corroborate.analysis.number.MonthDays;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * The days a story's articles were published, to read what their weekdays and dates name: "March 10" in a story of
 * March 2026 is Tuesday, 10 March 2026, so it can state the same day as another outlet's "on Tuesday"; a weekday
 * names a day within a week of its article's own. An undated article's date without a year takes the year that puts
 * it nearest the story's dated articles; a story with no dated article reads no date as a weekday.
 */
final class Days {

    /** No article dates known: dates compare as written, weekdays with weekdays. */
    static final Days NONE = new Days(Map.of(), null);
    /** How far from its article's day a weekday may name a day: the past six days or the coming six. */
    static final int WEEK = 6;

    private final Map<UUID, LocalDate> published;
    private final LocalDate story;

    /**
     * What a date claim says of days: the calendar date it names when its year is known (null for a weekday), and
     * the day its article was published (null when undated).
     */
    record Day(LocalDate date, LocalDate written) {
    }

    private Days(Map<UUID, LocalDate> published, LocalDate story) {
        this.published = published;
        this.story = story;
    }

    /** The days of the articles of a story, by article id; undated articles are absent. */
    static Days of(Map<UUID, LocalDate> published) {
        if (published.isEmpty()) {
            return NONE;
        }
        List<LocalDate> days = new ArrayList<>(published.values());
        days.sort(null);
        return new Days(Map.copyOf(published), days.get(days.size() / 2));
    }

    /** The days a claim names and was written on, or null when it is no date of a single day. */
    Day of(Claim claim) {
        Value v = claim.value();
        if (v.kind() != Kind.DATE) {
            return null;
        }
        LocalDate written = claim.articleId() == null ? null : published.get(claim.articleId());
        if ("weekday".equals(v.unit())) {
            return written == null ? null : new Day(null, written);
        }
        if (v.low() == null || v.high() == null || v.low().compareTo(v.high()) != 0) {
            return null; // a month, or part of one: no single day
        }
        int amount = v.amount().intValue();
        LocalDate anchor = written != null ? written : story;
        Integer year = v.unit() != null && v.unit().matches("\\d{4}") ? Integer.valueOf(v.unit()) : null;
        if (year == null && anchor == null) {
            return null;
        }
        LocalDate date = year != null ? MonthDays.of(year, amount) : MonthDays.nearest(anchor, amount);
        return date == null ? null : new Day(date, written);
    }

    /** The weekday a date fell on, as a weekday figure compares. */
    static Value weekday(LocalDate date) {
        BigDecimal day = BigDecimal.valueOf(date.getDayOfWeek().getValue());
        return new Value(Kind.DATE, day, null, "weekday", Bound.EXACT, day, day);
    }

    /** Whether a weekday written on {@code written} may name {@code date}: within {@link #WEEK} days of it. */
    static boolean nearby(LocalDate written, LocalDate date) {
        return Math.abs(ChronoUnit.DAYS.between(written, date)) <= WEEK;
    }
}
