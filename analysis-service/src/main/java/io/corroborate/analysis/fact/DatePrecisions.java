package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * A pass of {@link Alignment} across the year and date blocks: a bare year and the dates within it, or a month or a
 * week and the days within it, told of one occasion, are one fact at two precisions ({@link #join}).
 */
final class DatePrecisions {

    /** The longest span a date may name and still join the days within it: a month. */
    private static final int SPAN_DAYS = 31;

    private final Evidence evidence;

    DatePrecisions(Evidence evidence) {
        this.evidence = evidence;
    }

    /**
     * A year and a date within it told of one occasion are one fact at
     * two precisions ("the 2008 event", "the event in March 2008"; "acquired in 2023", "acquired in August 2023").
     * A group of one bare year joins the one group of dates all written in that year with which every member shares
     * the occasion (its party, a measure word of one act, or the story's rarer context words) and no written party
     * clashes; a year that could join two date groups, or a date group two years could join, joins nothing. The
     * dates in the other groups are the rest. Spans of days join the days within them first ({@link #joinSpans}).
     */
    List<List<Aligned>> join(List<List<Aligned>> years, List<List<Aligned>> dates) {
        return joinYears(years, joinSpans(dates));
    }

    /**
     * A month or a week and a day within it told of one occasion are one fact at two precisions ("in October
     * 2016", "on Oct. 3, 2016"; "earlier this month", "on May 10"): a group of spans of one year (a month, a week,
     * "last week", at most {@link #SPAN_DAYS} days) joins the one group of calendar days all within every span with
     * which every member shares the occasion, as a year joins its dates ({@link #sameOccasion}). The day group must
     * hold no weekday written alone: a span compares with days as written, a weekday only as a weekday.
     */
    private List<List<Aligned>> joinSpans(List<List<Aligned>> dates) {
        List<List<Aligned>> spans = new ArrayList<>();
        List<List<Aligned>> days = new ArrayList<>();
        for (List<Aligned> members : dates) {
            if (members.stream().allMatch(DatePrecisions::span)) {
                spans.add(members);
            } else if (members.stream().allMatch(a -> a.day() != null && a.day().date() != null)) {
                days.add(members);
            }
        }
        Map<List<Aligned>, List<Aligned>> joined = pairUp(spans, days, this::within);
        if (joined.isEmpty()) {
            return dates;
        }
        Map<List<Aligned>, List<Aligned>> merged = new LinkedHashMap<>();
        dates.forEach(d -> merged.put(d, new ArrayList<>(d)));
        joined.forEach((span, day) -> merged.get(day).addAll(span));
        joined.keySet().forEach(merged::remove);
        return new ArrayList<>(merged.values());
    }

    /**
     * Each group of {@code small} with the one group of {@code large} it may join, when no other group of
     * {@code small} may join that one too: one occasion told twice at the coarse precision is two things.
     */
    private static Map<List<Aligned>, List<Aligned>> pairUp(List<List<Aligned>> small, List<List<Aligned>> large,
            Joinable joinable) {
        Map<List<Aligned>, Group> groups = new IdentityHashMap<>();
        large.forEach(members -> groups.put(members, Group.of(members)));
        Map<List<Aligned>, List<Aligned>> joined = new IdentityHashMap<>();
        Map<List<Aligned>, Integer> suitors = new IdentityHashMap<>();
        for (List<Aligned> one : small) {
            List<Aligned> only = null;
            int qualified = 0;
            for (List<Aligned> target : large) {
                if (joinable.test(one, target, groups.get(target))) {
                    only = target;
                    qualified++;
                }
            }
            if (qualified == 1) {
                joined.put(one, only);
                suitors.merge(only, 1, Integer::sum);
            }
        }
        joined.values().removeIf(target -> suitors.get(target) > 1);
        return joined;
    }

    /** Whether a group of coarse dates may join a group of finer ones (see {@link #pairUp}). */
    @FunctionalInterface
    private interface Joinable {
        boolean test(List<Aligned> coarse, List<Aligned> fine, Group fineGroup);
    }

    /** A date that names a span of days of a known year, not one day: "October 2016", "last week". */
    private static boolean span(Aligned a) {
        Value v = a.claim().value();
        return v.kind() == Kind.DATE && Aligned.isYear(v.unit()) && v.low() != null && v.high() != null
                && v.high().compareTo(v.low()) > 0 && days(v.low(), v.high()) <= SPAN_DAYS;
    }

    /** Whether every day of the day group lies in every span of the span group, told of one occasion. */
    private boolean within(List<Aligned> spans, List<Aligned> days, Group group) {
        for (Aligned span : spans) {
            Value v = span.claim().value();
            int year = Integer.parseInt(v.unit());
            for (Aligned day : days) {
                LocalDate date = day.day().date();
                int monthDay = date.getMonthValue() * 100 + date.getDayOfMonth();
                if (date.getYear() != year || monthDay < v.low().intValue() || monthDay > v.high().intValue()) {
                    return false;
                }
            }
        }
        return occasion(spans, days, group);
    }

    /** See {@link #join}: each bare year into the one group of dates within it that it may join. */
    private List<List<Aligned>> joinYears(List<List<Aligned>> years, List<List<Aligned>> dates) {
        Map<List<Aligned>, List<Aligned>> joined = pairUp(years, dates, this::sameOccasion);
        Map<List<Aligned>, List<Aligned>> merged = new LinkedHashMap<>();
        dates.forEach(d -> merged.put(d, new ArrayList<>(d)));
        List<List<Aligned>> out = new ArrayList<>();
        for (List<Aligned> year : years) {
            List<Aligned> target = joined.get(year);
            if (target == null) {
                out.add(year);
            } else {
                merged.get(target).addAll(year);
            }
        }
        out.addAll(merged.values());
        return out;
    }

    private static boolean written(Aligned a, String digits) {
        return a.claim().quote() != null && a.claim().quote().surface() != null
                && a.claim().quote().surface().contains(digits);
    }

    /** Whether a group of one bare year tells the occasion a group of dates of that year dates (see {@link #join}). */
    private boolean sameOccasion(List<Aligned> year, List<Aligned> dates, Group group) {
        BigDecimal value = year.get(0).value().amount();
        // both written with the year in digits: "this year" and "last week" say too little of which occasion
        String digits = value.toPlainString();
        if (!year.stream().allMatch(y -> y.bareYear() && y.value().amount().compareTo(value) == 0 && written(y, digits))
                || !dates.stream().allMatch(d -> d.claim().value().kind() == Kind.DATE
                        && digits.equals(d.claim().value().unit()) && written(d, digits))) { // no weekday alone
            return false;
        }
        return occasion(year, dates, group);
    }

    /**
     * Whether every coarse claim tells the occasion the fine group dates: as hypothetical as it, no party written at
     * its figure that clashes with the group's, and the group's party or a measure word of one act or the story's
     * rarer context words in common.
     */
    private boolean occasion(List<Aligned> coarse, List<Aligned> fine, Group group) {
        for (Aligned y : coarse) {
            if (y.hypothetical() != fine.get(0).hypothetical() || y.anchored() && group.anchoredSubjects.keySet()
                    .stream().anyMatch(party -> evidence.clash(y.subject(), party, y, group))) {
                return false;
            }
            if (!evidence.namesPartyOf(y, group) && !evidence.sharesActOrWords(y, group)) {
                return false;
            }
        }
        return true;
    }

    /** Days from one month·100 + day to another of the same year (an upper bound: months of 31 days). */
    private static int days(BigDecimal low, BigDecimal high) {
        int from = low.intValue();
        int to = high.intValue();
        return (to / 100 - from / 100) * 31 + to % 100 - from % 100;
    }
}
