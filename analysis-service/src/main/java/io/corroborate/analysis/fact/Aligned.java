package io.corroborate.analysis.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * A claim as alignment sees it: its value as compared (a quantity in its dimension's base unit), its block (kind and
 * currency, or dimension), what it measures, its parties as story name
 * keys, its period and status (hypothetical, or expected: see {@link #expected}), and its context words. Built once
 * per comparison from the stored claim; nothing re-reads the sentence.
 */
record Aligned(Claim claim, Value value, String source, String block, List<String> measure, String subject,
        String object, String period, boolean hypothetical, List<String> context, boolean bareYear, boolean anchored,
        Days.Day day) {

    /**
     * Equal only to itself, against the record's usual contract and on purpose: a fact's members are a set of the
     * claims as alignment read them (two readings of one claim are two, {@link #reread}), and hashing every field of a
     * claim each time it moves between facts cost analysis 8% of its time.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** A count of years back, as a period reads it: "five years ago" (see {@link #calendarYear}). */
    private static final Pattern YEARS_AGO = Pattern.compile("(\\w+) years ago");
    /** The year before the one a story reports, in the words outlets use for it: "last year", "a year ago". */
    private static final Pattern YEAR_EARLIER = Pattern.compile("(?:last|previous|prior|past) year|a year (?:earlier"
            + "|ago|before)|the (?:previous|prior|year-earlier) (?:year|period|quarter)|year-earlier|year-ago");

    private static final String EXPECTATION = "expectation";

    static Aligned of(Claim claim, NameKeys names) {
        return of(claim, names, Days.NONE);
    }

    /** As {@link #of(Claim, NameKeys)}, with the days of the story's articles to read weekdays and dates against. */
    static Aligned of(Claim claim, NameKeys names, Days days) {
        Value value = claim.value();
        Days.Day day = days.of(claim);
        List<String> measure = measureOf(claim);
        boolean bareYear = value.kind() == Kind.YEAR && !measure.contains("founding") && !measure.contains("found");
        String object = names.key(claim.object());
        String period = calendarYear(periodKey(claim.period()), days.written(claim));
        if (!object.isEmpty() && object.equals(period)) {
            object = "";
        }
        if (value.kind() == Kind.DATE && isYear(value.unit())) {
            period = value.unit(); // the year a date is written with
        }
        if (period == null && isYear(claim.object())) {
            // Claims stored before periods existed kept the year of their clause as the second party.
            period = claim.object();
            object = "";
        }
        String source = claim.source() == null ? String.valueOf(claim.articleId()) : claim.source();
        // An outlet naming itself ("The Rocket can reveal…", "KPCR News 4 has learned") is no party of the figure.
        boolean itself = ownOutlet(claim.subject(), claim.source());
        String subject = itself ? "" : names.key(claim.subject());
        if (ownOutlet(claim.object(), claim.source())) {
            object = "";
        }
        // A calendar date whose year is known compares with weekdays as the weekday it fell on; its day keeps two
        // dates of one weekday apart (see Evidence#allowed).
        Value compared = day != null && day.date() != null ? Days.weekday(day.date()) : Dimensions.base(value);
        return new Aligned(claim, compared, source, block(compared), measure, subject, object,
                period, claim.hypothetical() || expected(measure), claim.context() == null ? List.of() : claim.context(),
                bareYear, claim.anchored() && !itself, day);
    }

    /**
     * Whether the word governing a figure names it as what someone expected ("the $1.21 billion forecast", "analysts'
     * expectations of $1.21 billion", "the consensus estimate"; the expectation family of the lexicon): an expected
     * figure and the actual one are two facts, as a hypothetical and an actual figure are.
     */
    private static boolean expected(List<String> measure) {
        return !measure.isEmpty() && EXPECTATION.equals(Lexicon.get().family(measure.get(0)));
    }

    /**
     * Whether a party's name is the outlet's own name or its end, a number after it aside ("Rocket" for "The Evening
     * Rocket", "News" for "KPCR News 4"); the place a paper is named after is not ("Maple Ferry" of "Maple Ferry
     * Courier").
     */
    static boolean ownOutlet(String party, String outlet) {
        if (party == null || party.isBlank() || outlet == null || !Character.isUpperCase(party.strip().charAt(0))) {
            return false; // a name as written: "the guardian" of a story is no outlet "The Guardian"
        }
        List<String> own = words(outlet);
        while (!own.isEmpty() && own.get(own.size() - 1).chars().allMatch(Character::isDigit)) {
            own = own.subList(0, own.size() - 1);
        }
        List<String> name = words(party);
        if (!name.isEmpty() && name.get(0).equals("the")) {
            name = name.subList(1, name.size());
        }
        return !name.isEmpty() && name.size() <= own.size()
                && own.subList(own.size() - name.size(), own.size()).equals(name);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    /** The same claim read with another value (a unit its sentence left unsaid), compared in its base unit. */
    Aligned reread(Value read) {
        Value compared = Dimensions.base(read);
        return new Aligned(claim.withValue(read), compared, source, block(compared), measure, subject, object, period,
                hypothetical, context, bareYear, anchored, day);
    }

    boolean hasMeasure() {
        return !measure.isEmpty();
    }

    boolean hasSubject() {
        return !subject.isEmpty();
    }

    /** Whether the figure tells how often something happened ("twice", "nine times"): a count of occasions. */
    boolean repeat() {
        return repeat(claim.value());
    }

    private static boolean repeat(Value value) {
        return value.kind() == Kind.QUANTITY && "times".equals(Dimensions.of(value.unit()));
    }

    /** Figures compare only within one kind and one unit or currency, and one side of a game's score. */
    private static String block(Value value) {
        if (repeat(value)) {
            return Kind.COUNT.name() + "|"; // "fired nine times", "nine shots": how often something happened is a count
        }
        if (value.kind() == Kind.AGE && Intervals.isRange(value)) {
            return Kind.AGE.name() + "|band"; // "adults aged 18 to 65" is no one's age
        }
        String unit = value.kind() == Kind.MONEY ? value.currency()
                : value.kind() == Kind.QUANTITY ? Dimensions.of(value.unit())
                : value.kind() == Kind.DATE && "weekday".equals(value.unit()) ? value.unit()
                : value.kind() == Kind.COUNT && scoreSide(value.unit()) ? value.unit() : null;
        return value.kind().name() + "|" + (unit == null ? "" : unit.toLowerCase(Locale.ROOT));
    }

    /** One side of a game's score, as the figure stage names it: "higher score", "lower score". */
    static boolean scoreSide(String unit) {
        return unit != null && unit.endsWith(" score");
    }

    /** One side of a vote tally or a game's score, as the figure stage names it: "votes for", "lower score". */
    static boolean tallySide(String unit) {
        return unit != null && unit.startsWith("votes ") || scoreSide(unit);
    }

    private static List<String> measureOf(Claim claim) {
        if (claim.measure() != null) {
            return claim.measure().isBlank() ? List.of() : Arrays.asList(claim.measure().split(" "));
        }
        List<String> out = new ArrayList<>();
        String predicate = claim.predicate() == null ? "" : claim.predicate().toLowerCase(Locale.ROOT);
        if (!predicate.isBlank() && !Predicates.isFallback(predicate)) {
            out.add(predicate.replace(' ', '-'));
        }
        return out;
    }

    /**
     * The period as compared: one name for the words of one relative period ("last year", "a year ago" and "the
     * year-earlier quarter" are all the year before the one reported); other periods as they are. A claim keeps its
     * period as written. In "$410 million last year, up from $275 million a year earlier" the two are then one key,
     * but one outlet giving two figures states two things, which alignment keeps apart. A quarter stored by its number
     * before periods were read as ordinals ("q3") is its ordinal ("third quarter").
     */
    static String periodKey(String period) {
        String quarter = period == null ? null : NumberWords.quarter(period);
        if (quarter != null) {
            return quarter;
        }
        return period != null && YEAR_EARLIER.matcher(period).matches() ? "a year earlier" : period;
    }

    /**
     * "this year", "next year" and "five years ago" as the calendar years they name in an article of a known day: "50
     * million this year" in 2026 is another period than "49 million in 2027", and the same as "in 2026"; "fined
     * £540,000 five years ago" the same as "fined £450,000 in 2021". "Last year" stays a key of
     * its own: outlets write it and "a year earlier" for one period, the year before the one reported.
     */
    static String calendarYear(String period, LocalDate written) {
        if (written == null || period == null) {
            return period;
        }
        Matcher ago = YEARS_AGO.matcher(period);
        if (ago.matches()) {
            String digits = Numbers.digits(ago.group(1));
            return digits == null ? period : String.valueOf(written.getYear() - Integer.parseInt(digits));
        }
        return switch (period) {
            case "this year" -> String.valueOf(written.getYear());
            case "next year" -> String.valueOf(written.getYear() + 1);
            default -> period;
        };
    }

    /** Whether a string is a year in four digits ("2024"), as a date's unit names its year. */
    static boolean isYear(String s) {
        return s != null && s.length() == 4 && s.chars().allMatch(Character::isDigit);
    }
}
