package io.corroborate.analysis.fact;

import static io.corroborate.analysis.fact.ValueRelations.compatible;
import static io.corroborate.analysis.fact.ValueRelations.nearConflict;
import static io.corroborate.analysis.fact.ValueRelations.slipped;
import static io.corroborate.analysis.fact.ValueRelations.swapped;
import static io.corroborate.analysis.fact.ValueRelations.yearsApart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * The fourth pass of {@link Alignment} within a block: one fact two outlets tell with different figures, found
 * where their words share too little for the model ({@link #join}).
 */
final class ConflictJoins {

    /**
     * The context two money figures of two outlets need in common to be one amount in conflict when nothing else
     * ties them (see {@link #join}): some rare word of the story besides the figure.
     */
    private static final double SHARED_CONTEXT = 0.1;
    private static final int MINUTES_PER_HOUR = 60;
    private static final int HALF_DAY = 12 * MINUTES_PER_HOUR;

    private final Lexicon lexicon;
    private final StoryParties parties;
    private final Evidence evidence;

    /**
     * The score ({@link AlignmentModel}) a measured quantity must reach with a group to be its figure in conflict, a
     * little under the threshold a compatible figure joins at (0.45): the words are alike, only the figures differ
     * (thirty-one development sets: 0.5 one more right verdict, 0.4 three, 0.35 five and one lost; docs/BENCHMARKS.md).
     */
    private static final double QUANTITY_CONFLICT = 0.4;

    private final ToDoubleBiFunction<Aligned, Group> score;

    ConflictJoins(Evidence evidence, ToDoubleBiFunction<Aligned, Group> score) {
        this.score = score;
        this.lexicon = evidence.lexicon();
        this.parties = evidence.parties();
        this.evidence = evidence;
    }

    /**
     * Two outlets that each give one figure for a thing, and different ones, state one fact in conflict even when their
     * words share little ("a $17 million fire station", "the fire station, expected to cost $19 million"). A group
     * joins another when their sources are disjoint, every member may join it (the rules of {@link Evidence#allowed})
     * and lies near its figures (within a half, or two digits swapped), each source has a member that qualifies as
     * below and its others repeat that member's figure ({@link #everySourceConflicts}), and each side is
     * <em>exclusive</em> of the other: every source of either side gives exactly one figure near the other side's
     * figures (among its counts of one thing: "homes" and "houses"), and none compatible with them — an outlet that
     * also writes the other figure tells two things. Only where a figure is specific enough for that to be evidence:
     * amounts of money, counts of one named thing ("three firefighters", "two firefighters"; exclusive among the
     * source's counts of that thing) and counts of like things told by words of one act ("five people were wounded",
     * "six people were injured"), all with some rare word of their sentences in common and no measures of known
     * different families; ages within two years of each other, or one digit slipped ("58", "68"), when the claim names
     * no one, names the group's person, or the group names no one ("the 25-year-old forward", "Danilo Ferrant, 24");
     * years of an act that happens once ({@link #yearMisreported}; exclusive among the source's years of that act);
     * times of day an hour or two off to the minute ({@link #hoursOff}); one side of a tally whose other side all agree
     * ("31 votes to 12", "31 to 14": {@link Evidence#otherSideAgrees}); and measured quantities the model all but joins
     * on their words ({@link #QUANTITY_CONFLICT}: "cuts the journey by 16 minutes", "shaves 18 minutes off the fastest
     * journey"). Other counts and shares crowd a story with near figures of different things; among them exclusivity is
     * no evidence (development sets: as many wrong joins as right ones, docs/BENCHMARKS.md). A group joins only when
     * exactly one candidate qualifies.
     */
    void join(GroupIndex groups) {
        for (Group small : groups.smallestFirst()) {
            if (small.isEmpty()) {
                continue;
            }
            List<Aligned> members = new ArrayList<>(small.members);
            Group target = null;
            int qualified = 0;
            for (Group candidate : groups.candidates(members.get(0))) {
                if (candidate != small && !candidate.isEmpty() && candidate.members.size() >= members.size()
                        && candidate.valuesBySource.keySet().stream().noneMatch(small.valuesBySource::containsKey)
                        && everySourceConflicts(members, candidate)
                        && exclusive(small, candidate) && exclusive(candidate, small)) {
                    target = candidate;
                    qualified++;
                }
            }
            if (qualified == 1) {
                groups.moveAll(small, target);
            }
        }
    }

    /**
     * Whether each source of a group's members may be, in conflict, the fact the candidate states: one of its members
     * qualifies ({@link #oneConflictingFact}) and its others repeat that member's figure and may join the candidate
     * ({@link Evidence#allowed}): a headline's "Homes lost climb to at least 40" rides with the body's "At least 40
     * homes have now been lost", however little its own words say.
     */
    private boolean everySourceConflicts(List<Aligned> members, Group candidate) {
        List<Aligned> qualified = members.stream().filter(m -> oneConflictingFact(m, candidate)).toList();
        return members.stream().allMatch(m -> qualified.contains(m) || evidence.allowed(m, candidate)
                && qualified.stream().anyMatch(q -> q.source().equals(m.source())
                        && q.value().amount().compareTo(m.value().amount()) == 0
                        && q.value().bound() == m.value().bound()));
    }

    /** Whether a claim may be, in conflict, the fact a group states (see {@link #join}). */
    private boolean oneConflictingFact(Aligned claim, Group group) {
        if (claim.bareYear()) {
            return yearMisreported(claim, group);
        }
        boolean near = nearConflict(claim.value(), group.min) && nearConflict(claim.value(), group.max)
                || Evidence.transposed(claim, group);
        Kind kind = claim.value().kind();
        boolean specific = kind == Kind.MONEY || kind == Kind.COUNT && (evidence.sameThingNear(claim, group)
                || evidence.sameAct(claim, group));
        if (kind == Kind.TIME) {
            return hoursOff(claim, group) && evidence.allowed(claim, group);
        }
        return near && evidence.allowed(claim, group)
                && (specific && evidence.contextScore(claim, group) >= SHARED_CONTEXT
                        && !evidence.knownApart(claim.measure(), group.measure.keySet())
                        || kind == Kind.AGE && agedAlike(claim, group)
                        || evidence.otherSideAgrees(claim, group)
                        || kind == Kind.QUANTITY && !evidence.knownApart(claim.measure(), group.measure.keySet())
                                && score.applyAsDouble(claim, group) >= QUANTITY_CONFLICT);
    }

    /**
     * Whether a year may be, in conflict, the one a group's years give for the same act: at most two years from each
     * (or two digits swapped), an act that happens once ({@link #occasion}) named by each, of one act with the
     * group's ("opens in 2029", "due to open in 2030"; "the plant opened in 1987", "opened the plant in 1978"), and
     * nothing but the two years themselves keeping them apart. A year no outlet governs by any word ("the last
     * comparable outbreak, in 2019,") is one date misreported when its sentence shares the story's rarer words with
     * the group's. Two years are otherwise two occasions ("struggled in 2024", "struggled in 2025":
     * {@link Evidence#blocker}); exclusivity ({@link #exclusive}) does the rest.
     */
    private boolean yearMisreported(Aligned claim, Group group) {
        BigDecimal year = claim.value().amount();
        boolean near = yearsApart(year, group.min) && yearsApart(year, group.max) || Evidence.transposed(claim, group);
        String blocker = evidence.blocker(claim, group);
        if (!near || blocker != null && !blocker.equals(Evidence.TWO_YEARS)
                || !group.members.stream().allMatch(Aligned::bareYear)) {
            return false;
        }
        if (!claim.hasMeasure() && group.measure.isEmpty()) {
            return evidence.contextScore(claim, group) >= Evidence.YEAR_CONTEXT;
        }
        return occasion(claim) && group.members.stream().allMatch(this::occasion)
                && (evidence.measureScore(claim, group) >= Evidence.CONFLICT_MEASURE
                        || group.members.stream().allMatch(m -> oneAct(claim, m)))
                && !evidence.knownApart(claim.measure(), group.measure.keySet());
    }

    /** Whether a claim's measure names an act that happens once ({@link Lexicon#isOccasion}): "opens", "completion". */
    private boolean occasion(Aligned claim) {
        return claim.measure().stream().anyMatch(lexicon::isOccasion);
    }

    /** Whether two claims name an act alike: a word of each of one synset, family or derivation ("finish", "end"). */
    private boolean oneAct(Aligned claim, Aligned other) {
        for (String word : claim.measure()) {
            for (String otherWord : other.measure()) {
                if (lexicon.similarity(word, otherWord) >= Evidence.DERIVED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a time of day is the group's times told an hour or two off, or on the other half of the clock, to the
     * minute ("3.40am" beside "4.40am", "2:15 p.m." beside "2:15 a.m."): the slip of a writer converting time zones or
     * clocks, never two moments of one event, which rarely fall on the same minute of different hours. Exclusivity
     * ({@link #exclusive}) does the rest: an outlet that gives both times tells two moments.
     */
    private static boolean hoursOff(Aligned claim, Group group) {
        return claim.value().bound() == Bound.EXACT && group.values.keySet().stream()
                .allMatch(other -> other.bound() == Bound.EXACT && hourSlip(claim.value().amount(), other.amount()));
    }

    /** Whether two times of day (minutes after midnight) are one an hour or two off, or twelve hours off. */
    private static boolean hourSlip(BigDecimal a, BigDecimal b) {
        if (a.scale() > 0 || b.scale() > 0) {
            return false;
        }
        int apart = Math.abs(a.intValue() - b.intValue());
        return apart != 0 && apart % MINUTES_PER_HOUR == 0 && (apart <= 2 * MINUTES_PER_HOUR || apart == HALF_DAY);
    }

    /**
     * Whether an age may be the one a group gives: at most two years from each of its ages, and the claim names no
     * one, or the group names no one, or a person the group names.
     */
    private boolean agedAlike(Aligned claim, Group group) {
        BigDecimal age = claim.value().amount();
        boolean near = yearsApart(age, group.min) && yearsApart(age, group.max)
                || group.values.keySet().stream().allMatch(v -> slipped(age, v.amount()));
        if (!near) {
            return false;
        }
        List<Aligned> named = group.members.stream().filter(ConflictJoins::named).toList();
        return !named(claim) || named.isEmpty()
                || named.stream().anyMatch(m -> parties.same(claim.subject(), m.subject()));
    }

    /** Whether the claim's subject is written as a name ("Walter Brandt"), not a role ("the forward", "a boy"). */
    private static boolean named(Aligned claim) {
        String written = claim.claim().subject();
        return claim.hasSubject() && written != null && !written.isEmpty() && Character.isUpperCase(written.charAt(0));
    }

    /**
     * Whether every source of {@code one} gives exactly one figure near each of {@code other}'s figures (for ages and
     * years, two years or two digits swapped; for a count of a named thing, among its counts of that thing), and none
     * compatible with it.
     */
    private boolean exclusive(Group one, Group other) {
        String block = one.members.iterator().next().block();
        for (String source : one.valuesBySource.keySet()) {
            List<Aligned> own = evidence.claimsOf(block, source);
            for (Aligned member : other.members) {
                Value value = member.value();
                String counted = Evidence.counted(member);
                // what the member is a figure of: a count among the source's counts of that thing, the year of an act
                // that happens once among the source's years of that act
                List<Aligned> alike = counted != null ? own.stream().filter(a -> {
                    String theirs = Evidence.counted(a);
                    return theirs != null && evidence.sameThing(counted, theirs);
                }).toList()
                        : member.bareYear() && occasion(member)
                                ? own.stream().filter(a -> oneAct(a, member)).toList() : own;
                if (alike.stream().anyMatch(a -> compatible(a.value(), value))) {
                    return false;
                }
                boolean years = value.kind() == Kind.AGE || member.bareYear();
                boolean time = value.kind() == Kind.TIME;
                long near = alike.stream().filter(a -> years
                        ? yearsApart(a.value().amount(), value.amount()) || swapped(a.value().amount(), value.amount())
                                || value.kind() == Kind.AGE && slipped(a.value().amount(), value.amount())
                        : time ? hourSlip(a.value().amount(), value.amount())
                        : nearConflict(a.value(), value.amount()))
                        .map(a -> a.value().amount().stripTrailingZeros()).distinct().count();
                if (near != 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
