package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    static final Days NONE = new Days(Map.of(), null, Map.of());
    /** How far from its article's day a weekday may name a day: the past six days or the coming six. */
    static final int WEEK = 6;

    private final Map<UUID, LocalDate> published;
    private final LocalDate story;
    /** The one year the story's claims write with each day of the year ("March 12, 2025"), by month·100 + day. */
    private final Map<Integer, Integer> yearOfDay;

    /**
     * What a date claim says of days: the calendar date it names when its year is known (null for a weekday), and
     * the day its article was published (null when undated).
     */
    record Day(LocalDate date, LocalDate written) {
    }

    private Days(Map<UUID, LocalDate> published, LocalDate story, Map<Integer, Integer> yearOfDay) {
        this.published = published;
        this.story = story;
        this.yearOfDay = yearOfDay;
    }

    /** The days of the articles of a story, by article id; undated articles are absent. */
    static Days of(Map<UUID, LocalDate> published) {
        return of(published, List.of());
    }

    /**
     * As {@link #of(Map)}, knowing the story's claims: a date written without its year ("March 12") is of the year
     * another outlet writes that very day with ("March 12, 2025") when the story writes it with one year only — a
     * sentencing reported in 2026 dates the crash of March 12, 2025, not the March 12 nearest the article.
     */
    static Days of(Map<UUID, LocalDate> published, List<Claim> claims) {
        Map<Integer, Integer> years = new HashMap<>();
        Set<Integer> ambiguous = new HashSet<>();
        for (Claim claim : claims) {
            Value v = claim.value();
            if (v.kind() == Kind.DATE && v.unit() != null && v.unit().matches("\\d{4}") && v.low() != null
                    && v.low().equals(v.high())) {
                Integer year = Integer.valueOf(v.unit());
                Integer before = years.putIfAbsent(v.amount().intValue(), year);
                if (before != null && !before.equals(year)) {
                    ambiguous.add(v.amount().intValue());
                }
            }
        }
        ambiguous.forEach(years::remove);
        if (published.isEmpty() && years.isEmpty()) {
            return NONE;
        }
        List<LocalDate> days = new ArrayList<>(published.values());
        days.sort(null);
        return new Days(Map.copyOf(published), days.isEmpty() ? null : days.get(days.size() / 2), Map.copyOf(years));
    }

    /**
     * The day the claim's article was published; for an undated article the day the story's dated articles were
     * written around; null when neither is known.
     */
    LocalDate written(Claim claim) {
        LocalDate written = claim.articleId() == null ? null : published.get(claim.articleId());
        return written != null ? written : story;
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
        Integer year = v.unit() != null && v.unit().matches("\\d{4}") ? Integer.valueOf(v.unit())
                : yearOfDay.get(amount);
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
