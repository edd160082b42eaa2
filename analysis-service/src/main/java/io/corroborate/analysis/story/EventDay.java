package io.corroborate.analysis.story;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.MonthDays;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * The day an article's event happened, as its opening tells it: the first weekday or calendar date written in its
 * first {@value #LEAD_CHARS} characters, read against the day it was published ("early Wednesday" in an article of
 * Thursday 7 March is 6 March; "March 6" is 6 March of the year nearest publication), when it falls in the week
 * before that day (see {@link #RECENT_DAYS}). Outlets of one incident name
 * one day however many days apart they publish; two incidents of one neighbourhood a few days apart name two.
 */
public final class EventDay {

    /** How far into an article its opening reaches. */
    static final int LEAD_CHARS = 400;
    /**
     * How many days before its report an event told as news happened, at most: a day further back, or after the
     * report (a day late for time zones), is a plan, a deadline, the end of a period or background ("the charge starts
     * on April 1", "the six months to September 30"): the article's event day is then unknown.
     */
    static final int RECENT_DAYS = 7;

    private static final Pattern BOUND = Pattern.compile("(?i)(?<![\\p{L}])(?:from|until|till|by)\\s+$");

    private EventDay() {
    }

    /** The day the opening names, or empty when it names none or the article's day is unknown. */
    public static Optional<LocalDate> of(List<Claim> claims, OffsetDateTime published) {
        if (published == null) {
            return Optional.empty();
        }
        LocalDate written = published.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return claims.stream()
                .filter(c -> c.value().kind() == Kind.DATE && c.quote() != null && c.quote().start() < LEAD_CHARS
                        && !bound(c))
                .min(Comparator.comparingInt(c -> c.quote().start()))
                .flatMap(c -> day(c.value(), written))
                .filter(day -> !day.isAfter(written.plusDays(1)) && !day.isBefore(written.minusDays(RECENT_DAYS)));
    }

    /**
     * Whether the date starts, ends or limits a span ("shut for 56 hours from tonight", "open until Sunday", "due by
     * Friday"): a plan or a deadline, not the day the event happened.
     */
    private static boolean bound(Claim claim) {
        String sentence = claim.quote().sentence();
        int start = Math.min(claim.quote().start(), sentence.length());
        return BOUND.matcher(sentence.substring(Math.max(0, start - 12), start)).find();
    }

    private static Optional<LocalDate> day(Value v, LocalDate written) {
        if ("weekday".equals(v.unit())) {
            // The latest such day on or before the article's own ("early Wednesday" written on Thursday).
            return Optional.of(written.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(v.amount().intValue()))));
        }
        if (v.low() == null || v.high() == null || v.low().compareTo(v.high()) != 0 || v.amount().intValue() < 101) {
            return Optional.empty(); // a month or a span: no single day
        }
        int amount = v.amount().intValue();
        boolean yearWritten = v.unit() != null && v.unit().matches("\\d{4}");
        return Optional.ofNullable(yearWritten ? MonthDays.of(Integer.parseInt(v.unit()), amount)
                : MonthDays.nearest(written, amount));
    }
}
