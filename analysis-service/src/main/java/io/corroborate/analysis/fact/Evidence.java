package io.corroborate.analysis.fact;

import static io.corroborate.analysis.fact.ValueRelations.SMALL_COUNT;
import static io.corroborate.analysis.fact.ValueRelations.compatible;
import static io.corroborate.analysis.fact.ValueRelations.far;
import static io.corroborate.analysis.fact.ValueRelations.near;
import static io.corroborate.analysis.fact.ValueRelations.precise;
import static io.corroborate.analysis.fact.ValueRelations.swapped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/**
 * What a claim and a group of claims share, and what keeps them apart, within one story: the story's statistics
 * (how rare each word, name and amount is among its claims; which claims each source gives), the evidence the
 * alignment model weighs ({@link #features}: measure, context, value, parties, counted things, days, the opening of
 * an article) and the constraints no evidence overrides ({@link #blocker}: two parties written at their figures,
 * two periods, a hypothetical and an actual figure, counts of two events or of unlike things, figures too far apart).
 * {@link Alignment} decides with it which claims state one fact. Read once per story ({@link #blocks}).
 */
final class Evidence {

    /** How far into an article its opening reaches, in characters. */
    private static final int LEAD_CHARS = 400;
    /** An amount stated by at most this many claims of a story is specific enough to be evidence when repeated. */
    private static final int RARE = 6;
    /** The largest count too common for its repetition to be evidence (see {@link #tiny}). */
    private static final BigDecimal TINY_MAX = BigDecimal.TEN;
    /**
     * How far apart two incompatible figures of one fact may be: conflicts our annotators found differ by at most
     * 1.75 times but for unit slips (docs/BENCHMARKS.md).
     */
    private static final BigDecimal CONFLICT_REACH = new BigDecimal("2.5");
    /** Counted nouns that say only that people are counted, not which. */
    private static final Set<String> GENERIC_PEOPLE = Set.of("people", "person", "others", "other", "individual");
    /** The rule that keeps two different years apart (see {@link ConflictJoins}). */
    static final String TWO_YEARS = "two years";
    /** The measure similarity two incompatible figures need to be one fact in conflict. */
    static final double CONFLICT_MEASURE = 0.7;
    /** The similarity of two words of one act: one lexicon family or one synset (see {@link #sameAct}). */
    private static final double SAME_ACT = 0.85;
    /** The similarity of a word and one derived from it ("cancel", "cancellation"; see {@link Lexicon#similarity}). */
    static final double DERIVED = 0.8;
    /** Below this measure similarity two named measures are different acts (see {@link #unlikeActs}). */
    private static final double UNLIKE_MEASURE = 0.3;
    /** The context a year needs with a group when neither party nor measure says it dates the same thing. */
    static final double YEAR_CONTEXT = 0.1;

    private final Lexicon lexicon;
    private final Map<String, Integer> contextDf = new HashMap<>();
    private final Map<String, Integer> measureDf = new HashMap<>();
    private final Map<BigDecimal, Integer> amountDf = new HashMap<>();
    /** How many claims of each source state each amount, per block. */
    private final Map<String, Map<String, Integer>> amountBySource = new HashMap<>();
    /** The claims of each source, per block ({@code block|source}). */
    private final Map<String, List<Aligned>> bySource = new HashMap<>();
    /** The other side of each side of a tally or score whose two sides were both read ("58 votes to 31": 31, 58). */
    private final Map<Aligned, BigDecimal> otherSide = new IdentityHashMap<>();
    /** Who the story's parties are: its names, however each outlet writes them. */
    private final StoryParties parties;
    private int size;
    /** The other claims of each claim's sentence. */
    private final Map<Aligned, List<Aligned>> mates = new IdentityHashMap<>();
    /** The group each claim of the story stands in as alignment goes (every block's). */
    private Map<Aligned, Group> owner = new IdentityHashMap<>();

    Evidence(Lexicon lexicon, StoryParties parties) {
        this.lexicon = lexicon;
        this.parties = parties;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Who the story's parties are: its names, however each outlet writes them. */
    StoryParties parties() {
        return parties;
    }

    /** The claims a source gives in a block, in the block's order. */
    List<Aligned> claimsOf(String block, String source) {
        return bySource.getOrDefault(sourceKey(block, source), List.of());
    }

    private static String sourceKey(String block, String source) {
        return block + "|" + source;
    }

    /** Reads the story's statistics from its claims: how often each word, name and amount occurs, and by whom. */
    void read(List<Aligned> claims) {
        size = claims.size();
        for (Aligned a : claims) {
            a.context().stream().distinct().forEach(t -> contextDf.merge(t, 1, Integer::sum));
            a.measure().stream().distinct().forEach(t -> measureDf.merge(t, 1, Integer::sum));
            amountDf.merge(a.value().amount().stripTrailingZeros(), 1, Integer::sum);
            amountBySource.computeIfAbsent(amountKey(a), k -> new HashMap<>()).merge(a.source(), 1, Integer::sum);
            bySource.computeIfAbsent(sourceKey(a.block(), a.source()), k -> new ArrayList<>()).add(a);
            parties.add(a.subject(), a.source());
            parties.add(a.object(), a.source());
        }
        pairTallySides(claims);
        Map<String, List<Aligned>> bySentence = new HashMap<>();
        for (Aligned a : claims) {
            Quote quote = a.claim().quote();
            if (quote != null && quote.sentence() != null) {
                bySentence.computeIfAbsent(a.claim().articleId() + "|" + quote.sentence(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        for (List<Aligned> sentence : bySentence.values()) {
            if (sentence.size() > 1) {
                // the same amount twice in a sentence is one figure told twice, not another
                for (Aligned a : sentence) {
                    mates.put(a, sentence.stream().filter(o -> o != a && o.value().amount().compareTo(
                            a.value().amount()) != 0).toList());
                }
            }
        }
    }

    /** The map of each claim's group that alignment keeps up to date (see {@link #alignedSentence}). */
    void owners(Map<Aligned, Group> groups) {
        this.owner = groups;
    }

    /**
     * Whether another figure of the claim's sentence already stands in one fact with another figure of a member's
     * sentence, an outlet other than the claim's: the two sentences tell one thing ("earned $139 million and paid $44
     * million", "earned roughly $141 million and paid nearly $44 million"), so their other figures likely do too.
     */
    boolean alignedSentence(Aligned claim, Group group) {
        List<Aligned> mine = mates.getOrDefault(claim, List.of());
        return !mine.isEmpty() && group.members.stream()
                .anyMatch(member -> !member.source().equals(claim.source()) && linked(mine, member, group));
    }

    /**
     * Whether the claim and a member fill the same place in two sentences that tell one thing, and their figures lie
     * near each other: another figure of each sentence already stands in one fact ({@link #alignedSentence}), and
     * every other figure of the claim's kind in either sentence already stands in a fact with one of the other's
     * ("earned $139 million and paid $44 million", "earned roughly $141 million and paid nearly $44 million": the
     * earnings are one figure in conflict). A conflict so placed is weighed by the model ({@link #considered}).
     */
    boolean slot(Aligned claim, Group group) {
        List<Aligned> mine = mates.getOrDefault(claim, List.of());
        if (mine.isEmpty() || group.min == null || !near(claim.value(), group.min) || !near(claim.value(), group.max)) {
            return false;
        }
        for (Aligned member : group.members) {
            if (member.source().equals(claim.source()) || !linked(mine, member, group)) {
                continue;
            }
            List<Aligned> theirs = mates.getOrDefault(member, List.of());
            if (mine.stream().noneMatch(m -> m.block().equals(claim.block()) && owner.get(m) != null
                    && owner.get(m) != group && !linkedTo(m, theirs))
                    && theirs.stream().noneMatch(t -> t.block().equals(member.block()) && !linkedTo(t, mine))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a figure of the claim's sentence ({@code mine}) stands, outside the group, in one fact with a figure of
     * the member's sentence.
     */
    private boolean linked(List<Aligned> mine, Aligned member, Group group) {
        List<Aligned> theirs = mates.getOrDefault(member, List.of());
        return !theirs.isEmpty() && mine.stream().anyMatch(m -> owner.get(m) != group && linkedTo(m, theirs));
    }

    /** Whether a claim stands in one fact with one of the given claims. */
    private boolean linkedTo(Aligned claim, List<Aligned> others) {
        Group g = owner.get(claim);
        return g != null && others.stream().anyMatch(o -> owner.get(o) == g);
    }

    /** Finds the two sides of each tally or score: two claims of one quote, one of each side. */
    private void pairTallySides(List<Aligned> claims) {
        Map<String, List<Aligned>> byQuote = new HashMap<>();
        for (Aligned a : claims) {
            Quote quote = a.claim().quote();
            if (Aligned.tallySide(a.claim().value().unit()) && quote != null) {
                byQuote.computeIfAbsent(a.claim().articleId() + ":" + quote.start() + ":" + quote.end(),
                        k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Aligned> sides : byQuote.values()) {
            if (sides.size() == 2
                    && !sides.get(0).claim().value().unit().equals(sides.get(1).claim().value().unit())) {
                otherSide.put(sides.get(0), sides.get(1).value().amount());
                otherSide.put(sides.get(1), sides.get(0).value().amount());
            }
        }
    }

    /**
     * Whether the rules let the claim join the group at all, leaving the model to weigh it: {@link #allowed}, and
     * for figures that are not compatible, {@link #conflictable} (a conflict is a strong statement: both figures must
     * name one measure or one party).
     */
    boolean considered(Aligned claim, Group group) {
        return allowed(claim, group) && (valueScore(claim, group) >= 0.6 || conflictable(claim, group));
    }

    /**
     * Whether two incompatible figures may still be one fact in conflict: both name the measure and the measures
     * agree ({@code ≥ 0.7}), or both name the same party and the figures are within a quarter of each other, or one
     * is the other with two digits swapped; the model then weighs the pair as any other.
     */
    private boolean conflictable(Aligned claim, Group group) {
        // An age measures whoever it is written at: two ages conflict only when they name the same person.
        boolean measured = claim.value().kind() != Kind.AGE && claim.hasMeasure() && !group.measure.isEmpty()
                && measureScore(claim, group) >= CONFLICT_MEASURE;
        boolean party = claim.hasSubject() && group.subject != null && parties.same(claim.subject(), group.subject)
                && near(claim.value(), group.min) && near(claim.value(), group.max);
        return measured || party || sameAct(claim, group) || sameThingNear(claim, group) || transposed(claim, group)
                || sameSideNear(claim, group) || slot(claim, group);
    }

    /**
     * One side of a tally or a score told with near numbers ("seven votes in favour", "passed six to three"), or with
     * the other side the same ("58 votes to 31", "58 to 41"): the side names what is counted, and a story's vote told
     * two ways is one fact in conflict.
     */
    private boolean sameSideNear(Aligned claim, Group group) {
        String unit = claim.claim().value().unit();
        if (!Aligned.tallySide(unit) || !group.members.stream().allMatch(m -> unit.equals(m.claim().value().unit()))) {
            return false;
        }
        if (near(claim.value(), group.min) && near(claim.value(), group.max)) {
            return true;
        }
        return otherSideAgrees(claim, group);
    }

    /**
     * Whether the claim is one side of a tally whose other side the group's tallies give alike ("31 votes to 12",
     * "31 to 14"; a member that tells one side alone, "only 12 councillors voted against", has no say): one vote,
     * one side misreported, however far apart.
     */
    boolean otherSideAgrees(Aligned claim, Group group) {
        String unit = claim.claim().value().unit();
        BigDecimal other = otherSide.get(claim);
        if (other == null || !Aligned.tallySide(unit)) {
            return false;
        }
        List<BigDecimal> others = group.members.stream().map(otherSide::get).filter(Objects::nonNull).toList();
        return !others.isEmpty() && others.stream().allMatch(o -> o.compareTo(other) == 0)
                && group.members.stream().filter(m -> otherSide.containsKey(m))
                        .allMatch(m -> unit.equals(m.claim().value().unit()));
    }

    /**
     * Whether the claim's figure is a member's with two neighbouring digits swapped, both stated exactly at one
     * magnitude ("61.3 percent" and "63.1 percent", "$257 million" and "$275 million", "4,150" and "4,510"): the
     * commonest slip of a figure copied from one report to another, and evidence of one fact in conflict.
     */
    static boolean transposed(Aligned claim, Group group) {
        Value value = claim.value();
        if (value.bound() != Bound.EXACT) {
            return false;
        }
        for (Value other : group.values.keySet()) {
            if (other.bound() == Bound.EXACT && swapped(value.amount(), other.amount())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two near counts of one named kind of thing ("37 homes destroyed", "40 homes lost"; "Nineteen miners rescued",
     * "Seventeen miners brought out"): the counted noun itself says what is counted, unless it is only people.
     */
    boolean sameThingNear(Aligned claim, Group group) {
        String counted = counted(claim);
        if (counted == null || GENERIC_PEOPLE.contains(counted) || group.counted.isEmpty()
                || group.counted.keySet().stream().anyMatch(GENERIC_PEOPLE::contains)
                || !group.counted.keySet().stream().allMatch(o -> sameThing(o, counted))) {
            return false; // "homes" and "houses" count one thing; "homes" and "people" two
        }
        return near(claim.value(), group.min) && near(claim.value(), group.max);
    }

    /** Whether two counted nouns count one thing: one word, or words of one synset ("homes", "houses"). */
    boolean sameThing(String counted, String other) {
        return counted.equals(other) || lexicon.similarity(counted, other) >= SAME_ACT;
    }

    /**
     * Two counts of like things told by words of one act ("killed three", "the death toll rose to four": people, and
     * words of one lexicon family or synset), whatever other words stand near: a revised toll is a conflict.
     */
    boolean sameAct(Aligned claim, Group group) {
        String counted = counted(claim);
        if (counted == null || group.counted.isEmpty() || !likeCounted(counted, group.counted.keySet())) {
            return false;
        }
        for (String word : claim.measure().subList(1, claim.measure().size())) {
            if (lexicon.family(word) == null) {
                continue;
            }
            for (String other : group.events.keySet()) {
                if (lexicon.similarity(word, other) >= SAME_ACT) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the claim is a count its own outlet already gave the group, of something it measures otherwise: a small
     * count equal to it ("Four people died" beside the same outlet's "four of them in critical condition") or any
     * other count its figure only allows ("the record of 106" beside "if temperatures stay above 105") is a second
     * statement, not the same one told twice. An outlet's second mention joins its first only as the same statement
     * (a headline's "Three dead" and the body's "killed three workers"), or when either names no measure; a large
     * count repeated is the same figure whatever words surround it.
     */
    private boolean retold(Aligned claim, Group group) {
        if (claim.value().kind() != Kind.COUNT) {
            return false;
        }
        List<String> measure = specific(claim.measure());
        if (measure.isEmpty()) {
            return false;
        }
        boolean small = claim.value().amount().compareTo(SMALL_COUNT) <= 0;
        for (Aligned member : group.membersOf(claim.source())) {
            boolean other = small || member.value().amount().compareTo(claim.value().amount()) != 0;
            List<String> words = other ? specific(member.measure()) : List.of();
            if (!words.isEmpty() && (directed(measure, words) + directed(words, measure)) / 2 < UNLIKE_MEASURE) {
                return true;
            }
        }
        return false;
    }

    /** Measure words without the generic counted nouns ("people", "others") any count of persons shares. */
    private static List<String> specific(List<String> measure) {
        return measure.stream().filter(w -> !GENERIC_PEOPLE.contains(w)).toList();
    }

    /**
     * Whether the group holds another count its outlet wrote in the claim's own sentence: "about 1.42 million votes to
     * Hutchins' 1.30 million" are two figures, though the hedge of one allows the other. A floor or a cap beside its
     * amount ("more than 300, including 280 employees") is not.
     */
    private static boolean otherInItsSentence(Aligned claim, Group group) {
        Claim own = claim.claim();
        if (own.quote() == null) {
            return false;
        }
        for (Aligned member : group.membersOf(claim.source())) {
            Claim other = member.claim();
            if (other.quote() != null
                    && Objects.equals(other.articleId(), own.articleId())
                    && other.quote().sentence().equals(own.quote().sentence())
                    && own.value().kind() == Kind.COUNT && other.value().kind() == Kind.COUNT
                    && other.value().amount().compareTo(own.value().amount()) != 0
                    && pointLike(other.value()) && pointLike(own.value())) {
                return true;
            }
        }
        return false;
    }

    /** A figure that names an amount, exactly or about: not a floor or a cap ("below 6 percent" ... "5.8 percent"). */
    private static boolean pointLike(Value value) {
        return value.bound() == Bound.EXACT || value.bound() == Bound.APPROXIMATE;
    }

    /** How a period is named (see {@link #periodNaming}). */
    private enum Naming { CALENDAR, FISCAL, RELATIVE }

    /**
     * How a period is named: a calendar year in digits ("2025"), a fiscal year in digits ("fy2025"), or relative to
     * when the article was written ("last year", "this fiscal year", "first quarter"). Two periods named the same way
     * and differing are two occasions; named two ways they may be one ("2017" and "this year"; "FY27" and "the
     * current year" of a retailer whose year ends in January).
     */
    private static Naming periodNaming(String period) {
        if (period.length() == 4 && period.chars().allMatch(Character::isDigit)) {
            return Naming.CALENDAR;
        }
        return period.startsWith("fy") ? Naming.FISCAL : Naming.RELATIVE;
    }

    /** The constraints no score overrides. */
    boolean allowed(Aligned claim, Group group) {
        return blocker(claim, group) == null;
    }

    /** The constraint that keeps the claim out of the group, or null when none does (see {@link #allowed}). */
    String blocker(Aligned claim, Group group) {
        if (group.hypotheticals != (claim.hypothetical() ? group.members.size() : 0)
                && !compatibleWithAll(claim, group)) {
            // "could reach $5 billion" and "reached $4.2 billion" are two facts; the same figure told as what "could"
            // and what "will" happen is one, however each outlet hedges the telling
            return "hypothetical";
        }
        if (claim.anchored() && !preciseRepeat(claim, group) && group.anchoredSubjects.keySet().stream()
                .anyMatch(party -> clash(claim.subject(), party, claim, group))) {
            return "subjects clash";
        }
        if (!claim.object().isEmpty() && group.object != null && clash(claim.object(), group.object, claim, group)) {
            return "second parties clash";
        }
        if (claim.period() != null && group.period != null && !claim.period().equals(group.period)
                && !(periodNaming(claim.period()) != periodNaming(group.period) && compatibleWithAll(claim, group))) {
            // Two periods are two occasions. A year and a relative period ("2017", "this year"), or a calendar and a
            // fiscal year, may be one: the same figure under both is one fact; different figures under them are
            // never a conflict.
            return "periods";
        }
        if ((claim.period() == null) != (group.period == null) && !compatibleWithAll(claim, group)) {
            // "56 percent" and "58 percent in 2012": a conflict needs one period on both sides
            return "period on one side";
        }
        BigDecimal amount = claim.value().amount();
        if (claim.bareYear() && (group.min.compareTo(amount) != 0 || group.max.compareTo(amount) != 0)) {
            return TWO_YEARS; // a year dates something: two years are mostly two occasions (see ConflictJoins)
        }
        if (claim.bareYear() && !yearOfOneThing(claim, group)) {
            return "year of another thing"; // "acquired Pinecrest in 2012", "won 58 percent in 2012": two occasions
        }
        if (claim.value().kind() == Kind.DATE && !compatibleWithAll(claim, group)) {
            return "two dates"; // two dates in one story are two events far more often than one event misdated
        }
        if (claim.day() != null && !daysAgree(claim.day(), group)) {
            return "days"; // "March 10" and "March 17" are both Tuesdays; "Tuesday" names a day near its article's
        }
        for (Value same : group.valuesBySource.getOrDefault(claim.source(), Map.of()).keySet()) {
            if (!compatible(same, claim.value())) {
                return "source gave another figure"; // a source giving two different figures means two things
            }
        }
        if (group.valuesBySource.containsKey(claim.source()) && otherInItsSentence(claim, group)) {
            return "source gave another figure";
        }
        if (retold(claim, group)) {
            return "source told another count";
        }
        if (far(group.min, amount) || far(group.max, amount)) {
            return "ten times apart";
        }
        if ((far(group.min, amount, CONFLICT_REACH) || far(group.max, amount, CONFLICT_REACH))
                && !compatibleWithAll(claim, group)) {
            return "too far apart to conflict"; // a revised toll, a slip or a dispute moves a figure, not 2.5-fold
        }
        // Counts of unlike things are two facts ("seven dead", "seven counties") when small; larger ones are weighed
        // by the model (the feature unlikeCounted: "310,000 homes", "300,000 customers").
        if ((unlikeCounted(claim, group) || peopleAndOccasions(claim, group))
                && claim.value().amount().compareTo(SMALL_COUNT) <= 0) {
            // "seven dead" and "seven counties", "four killed" and "four crew": a small count is too common to be
            // evidence by itself; larger counts of unlike nouns are weighed ("310,000 homes", "300,000 customers")
            return "unlike counted";
        }
        // "the fire destroyed 37 homes", "the fire damaged 40 homes": what befell them differs; only the very same
        // count above twenty, rare in the story, is weighed instead ("200 residents spent the night", "200 evacuated")
        return unlikeEvents(claim, group) && !sameRareCount(claim, group) ? "unlike events" : null;
    }

    /**
     * Whether a year dates what a group's years date: the same party, a measure word in common (or of one family or
     * synset: "election", "presidential election"), shared context in the story's rarer words, or a year each
     * outlet that writes it writes once, with no other party named ("due to open in 2031", "to be finished in 2031").
     * A year is common; that two outlets write it says little by itself.
     */
    private boolean yearOfOneThing(Aligned claim, Group group) {
        return namesPartyOf(claim, group) || sharesActOrWords(claim, group)
                || onceBySource(claim) && (!claim.hasSubject() || group.subjects.isEmpty()
                        || group.subjects.keySet().stream().allMatch(p -> parties.same(claim.subject(), p)));
    }

    /**
     * A figure every source that states it states once in the whole story, and two sources at least: "2031" for when a
     * bridge opens, written once by each outlet however each words the opening.
     */
    private boolean onceBySource(Aligned claim) {
        Map<String, Integer> bySource = amountBySource.get(amountKey(claim));
        return bySource != null && bySource.size() >= 2 && bySource.values().stream().allMatch(n -> n == 1);
    }

    /**
     * Whether a day agrees with a group's days: one calendar date at most, and each weekday written within a week of
     * it (see {@link Days}).
     */
    private static boolean daysAgree(Days.Day day, Group group) {
        if (day.date() != null) {
            return group.dates.keySet().stream().allMatch(day.date()::equals)
                    && group.weekdaysWritten.keySet().stream().allMatch(w -> Days.nearby(w, day.date()));
        }
        return group.dates.keySet().stream().allMatch(d -> Days.nearby(day.written(), d));
    }

    /**
     * A count of a precise, rare amount that every member states too ("140 apartments", "140 flats", "140 units";
     * "412 cases", "412 infections"): outlets name one thing with different nouns, and a figure of that size repeated
     * exactly is evidence of one thing. Small counts never: "seven dead" and "seven counties".
     */
    private boolean sameRareCount(Aligned claim, Group group) {
        BigDecimal amount = claim.value().amount();
        return amount.compareTo(SMALL_COUNT) > 0 && rare(claim.value())
                && group.min.compareTo(amount) == 0 && group.max.compareTo(amount) == 0;
    }

    /**
     * Whether a member states the claim's very amount, an amount of four significant digits or more that few claims of
     * the story state ("61,432" spectators, "$43,885,310" in taxes): a figure that precise, repeated, is one figure
     * copied from one source, whichever party each outlet writes as its subject ("the final drew 61,432", "Dunmore's
     * 61,432 fans"; second parties still keep figures apart). Round amounts ("$2 billion") and years, dates and times
     * are not.
     */
    private boolean preciseRepeat(Aligned claim, Group group) {
        Value value = claim.value();
        return precise(claim.claim().value()) && rare(value) && group.values.keySet().stream()
                .anyMatch(v -> v.bound() == Bound.EXACT && v.amount().compareTo(value.amount()) == 0);
    }

    /**
     * A count of people beside how often something happened: "Two dead" and "called to the street twice" (how often
     * tells acts, "fired nine times" and "nine shots", never people).
     */
    private boolean peopleAndOccasions(Aligned claim, Group group) {
        String counted = counted(claim);
        return claim.repeat() && group.counted.keySet().stream().anyMatch(lexicon::countsPeople)
                || counted != null && group.repeats > 0 && lexicon.countsPeople(counted);
    }

    /** Counts of unlike things: "seven dead" and "seven counties", "four killed" and "four crew". */
    boolean unlikeCounted(Aligned claim, Group group) {
        String counted = counted(claim);
        return counted != null && !group.counted.isEmpty() && !likeCounted(counted, group.counted.keySet())
                && !countsTheAct(claim, counted, group) && !sameRareCount(claim, group);
    }

    /** Counts of like things for two acts named by words of unlike measure families ("wounded", "killed"). */
    private boolean unlikeEvents(Aligned claim, Group group) {
        if (!claim.value().kind().equals(Kind.COUNT) || claim.measure().size() < 2 || group.events.isEmpty()) {
            return false;
        }
        String family = lexicon.family(claim.measure().get(0));
        if (family != null && group.counted.keySet().stream().allMatch(w -> family.equals(lexicon.family(w)))) {
            return false; // both count employees: what happened to them does not tell two headcounts apart
        }
        // "the toll rose to nine": a word that moves a level says what became of the count, not what befell them
        List<String> acts = claim.measure().subList(1, claim.measure().size()).stream()
                .filter(w -> !lexicon.isChange(w)).toList();
        List<String> others = group.events.keySet().stream().filter(w -> !lexicon.isChange(w)).toList();
        return knownApart(acts, others, true);
    }

    /**
     * The noun a count counts, as the first word of its measure (the lemma of its unit's head: "people", "votes"),
     * or null for other kinds and for a count whose unit names no noun ("234 votes for").
     */
    static String counted(Aligned a) {
        if (a.value().kind() != Kind.COUNT || !a.hasMeasure() || a.claim().value().unit() == null) {
            return null;
        }
        String unit = a.claim().value().unit();
        String head = unit.substring(unit.lastIndexOf(' ') + 1);
        String first = a.measure().get(0);
        return first.equals(Lexicon.get().sense(head).lemma()) ? first : null;
    }

    /**
     * Whether a counted noun may count what a group counts: a like word ({@code ≥ 0.5}: "workers", "employees"),
     * a kind of the other ("cars" and "vehicles", "sedans" and "cars"), or people on both sides ("people",
     * "patients", "residents": WordNet's persons), an employer's posts and people ("jobs", "workers"), or a word
     * WordNet does not know on either side (a name of a thing, which says nothing either way).
     */
    boolean likeCounted(String counted, Collection<String> others) {
        if (!lexicon.isKnown(counted)) {
            return true;
        }
        boolean people = lexicon.countsPeople(counted);
        boolean posts = lexicon.countsPosts(counted);
        for (String other : others) {
            if (!lexicon.isKnown(other) || lexicon.similarity(counted, other) >= 0.5
                    || people && lexicon.countsPeople(other) || lexicon.kindOf(counted, other)
                    || posts && lexicon.isPeople(other) || lexicon.countsPosts(other) && lexicon.isPeople(counted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one side counts the act the other's counted things underwent: "312 cancellations" and "312 flights
     * were cancelled", "four deaths" and "four people died" (a counted noun of one act, by WordNet derivation or
     * synset, with a measure word of the other).
     */
    private boolean countsTheAct(Aligned claim, String counted, Group group) {
        for (String event : group.events.keySet()) {
            if (lexicon.similarity(counted, event) >= DERIVED) {
                return true;
            }
        }
        for (String noun : group.counted.keySet()) {
            for (String word : claim.measure().subList(1, claim.measure().size())) {
                if (lexicon.similarity(noun, word) >= DERIVED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two sets of measure words name known, different measures: both have words of the lexicon's measure
     * families, and no word of one is like ({@code ≥ 0.5}) a word of the other ("value" and "pay", "strike" and
     * "employ"); with {@code actsOnly}, only the family words count ("the fire destroyed 37 homes", "the fire
     * damaged 40 homes": what befell the homes differs, whatever else the clauses share).
     */
    boolean knownApart(Collection<String> words, Collection<String> others) {
        return knownApart(words, others, false);
    }

    boolean knownApart(Collection<String> words, Collection<String> others, boolean actsOnly) {
        boolean familied = words.stream().anyMatch(w -> lexicon.family(w) != null);
        boolean othersFamilied = others.stream().anyMatch(w -> lexicon.family(w) != null);
        if (!familied || !othersFamilied) {
            return false;
        }
        for (String word : words) {
            for (String other : others) {
                boolean acts = lexicon.family(word) != null && lexicon.family(other) != null;
                if ((acts || !actsOnly) && lexicon.similarity(word, other) >= 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two dates of acts both named and unlike ("passed on Thursday", "met on Thursday"): many acts of a story share a
     * day, so a lone date never joins such a group merely for being the only equal one.
     */
    boolean unlikeActs(Aligned claim, Group group) {
        return claim.value().kind() == Kind.DATE && claim.hasMeasure() && !group.measure.isEmpty()
                && measureScore(claim, group) < UNLIKE_MEASURE;
    }

    /** The evidence a claim and a group share, in the order of {@link AlignmentModel#FEATURES}. */
    double[] features(Aligned claim, Group group) {
        double measure = measureScore(claim, group);
        boolean unnamed = !claim.hasMeasure() || group.measure.isEmpty();
        double context = contextScore(claim, group);
        double value = valueScore(claim, group);
        boolean sameDay = sameDay(claim, group);
        boolean once = !sameDay && statedOnce(claim, group);
        boolean subjects = claim.hasSubject() && group.subject != null;
        boolean sameSubject = subjects && parties.same(claim.subject(), group.subject);
        boolean objects = !claim.object().isEmpty() && group.object != null;
        boolean sameObject = objects && parties.same(claim.object(), group.object);
        boolean owned = claim.anchored() && group.anchoredSubject != null
                && parties.same(claim.subject(), group.anchoredSubject);
        String counted = counted(claim);
        boolean likeCounted = counted != null && !group.counted.isEmpty()
                && likeCounted(counted, group.counted.keySet());
        boolean lead = lead(claim) && group.leads > 0;
        boolean strong = !unnamed && measure >= CONFLICT_MEASURE;
        Kind kind = claim.value().kind();
        return new double[] {
            measure, flag(unnamed), context,
            flag(value == 1), flag(value == 0.6), flag(value == 0.2),
            flag(sameSubject), flag(subjects && !sameSubject), flag(sameObject), flag(objects && !sameObject),
            flag(owned), flag(sameDay), flag(once), flag(sameAct(claim, group)), flag(likeCounted), flag(lead),
            flag(strong && value >= 0.6), flag(strong && value < 0.6),
            flag(kind == Kind.DATE || kind == Kind.TIME),
            flag(knownApart(claim.measure(), group.measure.keySet())),
            flag(value >= 0.6 && (unnamed || measure < 0.3) && context < 0.05 && !sameSubject),
            flag(unlikeCounted(claim, group)),
            flag(alignedSentence(claim, group))
        };
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    double measureScore(Aligned claim, Group group) {
        if (!claim.hasMeasure() || group.measure.isEmpty()) {
            return 0.5;
        }
        double forward = directed(claim.measure(), group.measure.keySet());
        double backward = directed(new ArrayList<>(group.measure.keySet()), claim.measure());
        return (forward + backward) / 2;
    }

    /** The weighted mean, over {@code from}'s words, of each one's best similarity to a word of {@code to}. */
    private double directed(List<String> from, Iterable<String> to) {
        double sum = 0;
        double weights = 0;
        for (String word : from) {
            double weight = idf(measureDf, word);
            double best = 0;
            for (String other : to) {
                best = Math.max(best, lexicon.similarity(word, other));
            }
            sum += weight * best;
            weights += weight;
        }
        return weights == 0 ? 0 : sum / weights;
    }

    double contextScore(Aligned claim, Group group) {
        if (claim.context().isEmpty() || group.context.isEmpty()) {
            return 0;
        }
        double dot = 0;
        double claimNorm = 0;
        for (String term : claim.context()) {
            double w = idf(contextDf, term);
            claimNorm += w * w;
            Integer count = group.context.get(term);
            if (count != null) {
                dot += w * w * count;
            }
        }
        if (group.contextNorm < 0) {
            double norm = 0;
            for (Map.Entry<String, Integer> e : group.context.entrySet()) {
                double w = idf(contextDf, e.getKey()) * e.getValue();
                norm += w * w;
            }
            group.contextNorm = norm;
        }
        return dot / Math.sqrt(claimNorm * group.contextNorm);
    }

    /**
     * 1 when a member states the very amount and that amount is rare in the story (a precise figure repeated is
     * evidence), 0.6 when the figures are compatible, 0.2 within a quarter, else 0.
     */
    double valueScore(Aligned claim, Group group) {
        if (claim.day() != null && claim.day().date() != null && group.dates.containsKey(claim.day().date())) {
            return 1; // the very calendar date, however common its weekday is in the story
        }
        Value value = claim.value();
        double best = 0;
        for (Value other : group.values.keySet()) {
            if (value.amount().compareTo(other.amount()) == 0 && rare(value) && !tiny(claim)) {
                return 1;
            }
            if (compatible(value, other)) {
                best = 0.6;
                continue;
            }
            if (near(value, other)) {
                best = Math.max(best, 0.2);
            }
        }
        // Two neighbouring digits swapped ("23" and "32", "6.2 million" and "2.6 million") are as telling as a
        // rounding: the same figure copied wrong.
        return best < 0.6 && transposed(claim, group) ? 0.6 : best;
    }

    /** Whether the figure stands in its article's opening (headline and first sentences). */
    static boolean lead(Aligned a) {
        return a.claim().quote() != null && a.claim().quote().start() < LEAD_CHARS;
    }

    private static String amountKey(Aligned a) {
        return a.block() + "|" + a.value().amount().stripTrailingZeros().toPlainString();
    }

    /**
     * Whether a date or time names the very day (or time) a member of the group names, in a way that dates one act
     * whatever words stand around it: both figures open their articles (the event each outlet leads with), or the
     * value is stated once by each source that states it, by two at least ("Saturday" written once by each of three
     * outlets). Not for amounts: "$900 million" paid by one party and by another are two facts however told.
     */
    private boolean sameDay(Aligned claim, Group group) {
        Kind kind = claim.value().kind();
        if (kind != Kind.DATE && kind != Kind.TIME
                || group.values.keySet().stream().noneMatch(v -> v.amount().compareTo(claim.value().amount()) == 0)) {
            return false;
        }
        if (lead(claim) && group.leads > 0) {
            return true;
        }
        return onceBySource(claim);
    }

    /**
     * Whether an amount (not a date, a time or a bare year) that a member states too is stated exactly once by each
     * source that states it, by two at least, and the two sides name no known different measures: "$1.21 billion"
     * written once in each of two articles is one figure told twice, whatever words stand near ("analysts expected",
     * "the revenue forecast"). Not for a price and a valuation ("paid", "valued at"), nor across parties written
     * right at their figures, which {@link #allowed} keeps apart.
     */
    private boolean statedOnce(Aligned claim, Group group) {
        if (claim.bareYear() || claim.value().kind() == Kind.DATE || claim.value().kind() == Kind.TIME
                || group.values.keySet().stream().noneMatch(v -> v.amount().compareTo(claim.value().amount()) == 0)
                || knownApart(claim.measure(), group.measure.keySet())) {
            return false;
        }
        return onceBySource(claim);
    }

    /**
     * A whole count of ten or fewer: "two" and "twice" are too common in any story for the same number told twice to
     * say the two tell one thing ("Two dead in gas blast" and "called to the street twice").
     */
    private static boolean tiny(Aligned a) {
        Value v = a.value();
        return v.kind() == Kind.COUNT && v.amount().compareTo(TINY_MAX) <= 0
                && v.amount().stripTrailingZeros().scale() <= 0;
    }

    /** An amount few claims of the story state: at most {@link #RARE} of them. */
    boolean rare(Value value) {
        return amountDf.getOrDefault(value.amount().stripTrailingZeros(), 0) <= RARE;
    }

    /**
     * Two parties are the same when their story keys are, or they end in the same word ("Duncan Hunter", "Congressman
     * Hunter"). Two different parties clash only when neither is named in the other's sentence: "Orbital" and
     * "Nordvik" each investing in Kestrel clash; a figure credited to "the Justice Department" in a sentence that
     * names Hunter does not clash with the same figure credited to Hunter, unless the two name known, different
     * measures ("Quayside will pay $900 million for Tarn", "Tarn was valued at $900 million").
     */
    boolean clash(String party, String groupParty, Aligned claim, Group group) {
        if (parties.same(party, groupParty)) {
            return false;
        }
        return !mentions(group.context.keySet(), party) && !mentions(claim.context(), groupParty)
                || knownApart(claim.measure(), group.measure.keySet());
    }

    /** Whether context terms name the party: its key, or its name without a title. */
    private boolean mentions(Collection<String> context, String party) {
        return context.contains(party) || context.contains(parties.untitled(party));
    }

    private double idf(Map<String, Integer> df, String term) {
        return Math.log((size + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1;
    }

    private static boolean compatibleWithAll(Aligned claim, Group group) {
        for (Value other : group.values.keySet()) {
            if (!compatible(claim.value(), other)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the claim names a party the group's members name. */
    boolean namesPartyOf(Aligned claim, Group group) {
        return claim.hasSubject() && group.subjects.keySet().stream().anyMatch(p -> parties.same(claim.subject(), p));
    }

    /**
     * Whether the claim shares the group's occasion by its words: a measure word of one act (one lemma, synset or
     * family: "election", "presidential election") or the story's rarer context words.
     */
    boolean sharesActOrWords(Aligned claim, Group group) {
        return claim.measure().stream().anyMatch(w -> group.measure.keySet().stream()
                .anyMatch(o -> lexicon.similarity(w, o) >= SAME_ACT))
                || contextScore(claim, group) >= YEAR_CONTEXT;
    }
}
