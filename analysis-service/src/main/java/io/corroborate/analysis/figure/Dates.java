package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.text.Months;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Calendar dates as figures: "February 28, 2019", "Feb. 28", "May 1", "August 2015", "in December", "the end of
 * February", "mid-June". The amount is month·100 + day; a month alone is the range of its days (narrowed by
 * "early", "mid" or "late"/"the end of"); the year, when written, is the unit, so that "Feb. 28" and "February 28,
 * 2019" are one date told twice. A month name alone needs a preposition or a position word before it ("In
 * December", "by June"), or an article when it qualifies a noun ("a January fundraiser", "the June decision"), and
 * an initial capital ("in May", never "may"); after "to" any month but May ("traces back to June", not "said to May").
 */
final class Dates {

    private static final String MONTH = "(?<month>" + Months.NAME + ")";
    private static final Pattern DAY = Pattern.compile("(?<![\\p{L}])" + MONTH
            + "\\s(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:,?\\s(?<year>(?:18|19|20)\\d\\d))?(?![\\p{N}:])");
    /**
     * The day before the month, as British and most non-American outlets write it: "9 June", "16 May 2025", "the 3rd of
     * March"; "12 and 13 May" names two days, "12-14 May" a span. Not "3 May be" (the verb).
     */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?:(?<first>[1-9]|[12]\\d|3[01])"
            + "(?:st|nd|rd|th)?\\s?(?<joint>and|&|to|-|–)\\s?)?(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s(?:of\\s)?"
            + MONTH + "(?:,?\\s(?<year>(?:18|19|20)\\d\\d))?(?![\\p{L}\\p{N}])(?!\\s(?:be|have|not|also)\\s)");
    /** "May 12 and 13": the second day of two. */
    private static final Pattern SECOND_DAY = Pattern.compile("^\\s?(?:and|&)\\s(?<day>[1-9]|[12]\\d|3[01])"
            + "(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:.,]\\d)(?![\\p{N}])");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?<![\\p{L}])(?:(?<part>early|mid|late|the end of"
            + "|end of|the beginning of|beginning of|the middle of)[\\s-]+|(?<=(?i:in|by|until|since|through|before"
            + "|after|during|of|since|from|next|last|this)\\s)|(?<=(?<![\\p{L}])to\\s)(?!May)"
            + "|(?<=(?<![\\p{L}])(?i:a|an|the)\\s)(?=\\p{L}+\\s\\p{Ll}))" + MONTH
            + "(?:,?\\s(?<year>(?:18|19|20)\\d\\d))?(?![\\p{L}\\p{N}])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH
            + "\\s(?<year>(?:18|19|20)\\d\\d)(?![\\p{N}])");
    private static final Pattern ANY_MONTH = Pattern.compile("(?<![\\p{L}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
            + "|Nov|Dec)");
    /** "As of June 2025" dates the sentence; it states no date of its own. */
    private static final Pattern AS_OF = Pattern.compile("(?i)(?<![\\p{L}])as\\s+of\\s+$");
    private static final int PERIOD_GAP = 40;
    /** "the four-term congressman said in December": the month dates the saying, not the figure before it. */
    private static final Pattern SPOKEN = Pattern.compile("(?<![\\p{L}])(?:said|says|told|tells|announced"
            + "|reported|wrote|testified|stated)(?![\\p{L}])");

    private Dates() {
    }

    /** The dates of a sentence, in order, not overlapping. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (!ANY_MONTH.matcher(s).find()) {
            return out; // most sentences name no month: three patterns spared
        }
        Matcher day = DAY.matcher(s);
        while (day.find()) {
            if (AS_OF.matcher(s.substring(0, day.start())).find()) {
                continue;
            }
            int month = month(day.group("month"));
            BigDecimal amount = BigDecimal.valueOf(month * 100L + Integer.parseInt(day.group("day")));
            out.add(figure(day.start(), day.end(), amount, amount, day.group("year")));
            Matcher second = SECOND_DAY.matcher(s.substring(day.end()));
            if (day.group("year") == null && second.lookingAt()) {
                BigDecimal next = BigDecimal.valueOf(month * 100L + Integer.parseInt(second.group("day")));
                out.add(figure(day.end() + second.start("day"), day.end() + second.end("day"), next, next, null));
            }
        }
        Matcher first = DAY_FIRST.matcher(s);
        while (first.find()) {
            if (Figure.overlapsAny(out, first.start(), first.end())
                    || AS_OF.matcher(s.substring(0, first.start())).find()) {
                continue;
            }
            long base = month(first.group("month")) * 100L;
            BigDecimal amount = BigDecimal.valueOf(base + Integer.parseInt(first.group("day")));
            String year = first.group("year");
            if (first.group("first") == null) {
                out.add(figure(first.start(), first.end(), amount, amount, year));
                continue;
            }
            BigDecimal from = BigDecimal.valueOf(base + Integer.parseInt(first.group("first")));
            if (from.compareTo(amount) >= 0) {
                continue;
            }
            if (first.group("joint").equals("and") || first.group("joint").equals("&")) {
                out.add(figure(first.start(), first.end("first"), from, from, year));
                out.add(figure(first.start("day"), first.end(), amount, amount, year));
            } else {
                out.add(figure(first.start(), first.end(), from, amount, year));
            }
        }
        for (Pattern pattern : List.of(MONTH_YEAR, MONTH_ONLY)) {
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                if (Figure.overlapsAny(out, m.start(), m.end()) || AS_OF.matcher(s.substring(0, m.start())).find()) {
                    continue;
                }
                String part = pattern == MONTH_ONLY ? m.group("part") : null;
                long base = month(m.group("month")) * 100L;
                int[] days = days(part);
                out.add(figure(m.start(), m.end(), BigDecimal.valueOf(base + days[0]),
                        BigDecimal.valueOf(base + days[1]), m.group("year")));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The figures without the months and {@code relative} dates that only date another figure of their clause: in
     * "valued at $900 million in March" or "revenue of $410 million last year", March and last year are when the
     * figure held, not dates of their own. A relative date of one day is a date of its own ("raided the shop at 10am
     * yesterday", "two goals yesterday": the day the act happened, which outlets give as a weekday or a date). A rank
     * or an age dates nothing ("the 112th Congress takes over in January"), nor does a figure whose clause goes on to
     * say when something was said ("the four-term congressman said in December").
     */
    static List<Figure> withoutPeriods(String s, List<Figure> figures, List<Figure> relative) {
        List<Figure> out = new ArrayList<>(figures.size());
        Figure previous = null;
        for (Figure f : figures) {
            Value v = f.value();
            boolean month = v.kind() == Kind.DATE && v.unit() == null && !v.low().equals(v.high())
                    || relative.contains(f) && !(v.kind() == Kind.DATE && v.low().equals(v.high()));
            Kind before = previous == null ? null : previous.value().kind();
            String gap = previous == null || f.start() < previous.end() ? "" : s.substring(previous.end(), f.start());
            boolean dates = previous != null && f.start() >= previous.end() && before != Kind.DATE
                    && before != Kind.YEAR && before != Kind.ORDINAL && before != Kind.AGE
                    && f.start() - previous.end() <= PERIOD_GAP && gap.chars().noneMatch(c -> ",;:".indexOf(c) >= 0)
                    && !SPOKEN.matcher(gap).find();
            if (!(month && dates)) {
                out.add(f);
            }
            previous = f;
        }
        return out;
    }

    private static int[] days(String part) {
        if (part == null) {
            return new int[] {1, 31};
        }
        String p = part.toLowerCase(Locale.ROOT);
        if (p.startsWith("early") || p.contains("beginning")) {
            return new int[] {1, 10};
        }
        if (p.startsWith("mid") || p.contains("middle")) {
            return new int[] {11, 20};
        }
        return new int[] {20, 31};
    }

    private static Figure figure(int start, int end, BigDecimal low, BigDecimal high, String year) {
        return new Figure(value(low, high, year), start, end, low, low.equals(high) ? null : high);
    }

    /**
     * A date as a figure's value: the days from {@code low} to {@code high} (month·100 + day), exact when one day,
     * with the year written, if any, as the unit.
     */
    static Value value(BigDecimal low, BigDecimal high, String year) {
        return new Value(Kind.DATE, low, null, year, low.equals(high) ? Bound.EXACT : Bound.APPROXIMATE, low, high);
    }

    private static int month(String written) {
        return Months.number(written);
    }
}
