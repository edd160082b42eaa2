package io.corroborate.analysis.fact;

import static io.corroborate.analysis.fact.ValueRelations.NEAR;
import static io.corroborate.analysis.fact.ValueRelations.SMALL_COUNT;
import static io.corroborate.analysis.fact.ValueRelations.compatible;
import static io.corroborate.analysis.fact.ValueRelations.far;
import static io.corroborate.analysis.fact.ValueRelations.nearConflict;
import static io.corroborate.analysis.fact.ValueRelations.sameOrRounded;
import static io.corroborate.analysis.fact.ValueRelations.swapped;
import static io.corroborate.analysis.fact.ValueRelations.yearsApart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Aligns the claims of one story into groups that state one fact: a scored matching, not equal keys.
 *
 * <p>Within a block (kind, and currency for money or dimension for quantities) claims are taken most informative
 * first; each joins the group it scores best with if the score reaches the model's threshold, otherwise it starts a
 * group. The score of a claim against a group is the probability {@link AlignmentModel} gives to the evidence they
 * share ({@link Evidence#features}, fitted on the annotated events of the alignment bench). The main evidence:
 * <ul>
 * <li><b>measure</b>: how alike the words governing the figures are (WordNet lemma, synonym, derivation, hypernym,
 * or one measure family of the lexicon; see {@link Lexicon#similarity}), each word weighted by its rarity among the
 * story's claims, averaged over both directions; 0.5 when a side names no measure;</li>
 * <li><b>context</b>: cosine of the sentences' content words and names, weighted by rarity in the story;</li>
 * <li><b>value</b>: the very amount when few claims of the story state it (a precise figure repeated is evidence),
 * compatible figures (equal, a rounding, a hedge), or within a quarter. Two figures that are not compatible are
 * weighed at all only when both name a measure and the measures agree ({@code ≥ 0.7}; never for ages), or both
 * name the same party and lie within a quarter of each other, or count one named thing and lie near each other:
 * a conflict is a strong statement ({@link Evidence#considered});</li>
 * <li><b>parties</b>: the same subject or second party, or different ones (a surname alone matches the full name
 * unless two people of the story share it; titles aside; one name spelt two ways, see {@link StoryParties#same}).</li>
 * </ul>
 * Never joined: two different subjects both written right at their figures (see {@link Claim#anchored()}) when
 * neither is named in the other's sentence; two different second parties likewise; two periods ("2012" and "2016",
 * "this year" and "last year"; "last year", "a year ago" and "the year-earlier quarter" are one, see
 * {@link Aligned#periodKey}; a year and a relative period join when the figures agree), or a conflict
 * between a dated and an undated figure; a hypothetical and an actual figure; two different years or dates (they
 * date two events, never conflict); counts of two events
 * ("wounded" and "killed", "employs" and "went on strike": lexicon families); counts of unlike things ("seven dead",
 * "seven counties": see {@link Evidence#likeCounted}); figures ten times apart; a figure
 * incompatible with one its source already gave to the group (a source giving both means two things; a headline's
 * rounding of the body's figure joins). After the first pass every claim is placed again against the groups as
 * they ended up, so the result does not hang on the order claims come in; a claim with neither measure nor subject
 * (a headline's bare figure) then joins the one group it is compatible with, if there is exactly one. A figure whose
 * unit its sentence leaves unsaid is read last in the unit of the one fact it can state ({@link #joinUnsaid}).
 * Candidates come from an inverted index (value buckets, measure words and their WordNet senses, party names), so
 * the cost grows with the groups a claim can join, not with the story. The weights and the threshold are fitted on the
 * development sets of {@code bench/alignment} (see docs/BENCHMARKS.md).
 */
final class Alignment {
    /**
     * The context two money figures of two outlets need in common to be one amount in conflict when nothing else
     * ties them (see {@link #joinConflicts}): some rare word of the story besides the figure.
     */
    private static final double SHARED_CONTEXT = 0.1;
    /**
     * How far from the threshold each claim of a group must score for the group to join another: every claim, each
     * above it, is more evidence than one claim alone, so the bar is a tenth below the one a single claim meets
     * (nineteen development sets: margin +0.2 F1 0.881 and 1,742 right verdicts, 0 0.884 and 1,744, −0.1 0.884 and
     * 1,753, −0.2 0.884 and 1,752; docs/BENCHMARKS.md).
     */
    private static final double MERGE_MARGIN = -0.1;
    /** The blocks of bare years and of calendar dates (see {@link #joinPrecisions}). */
    private static final String YEARS = Kind.YEAR.name() + "|";
    private static final String DATES = Kind.DATE.name() + "|";
    private static final String DAYS = Kind.DATE.name() + "|weekday";
    private static final String TEMPERATURE = Kind.QUANTITY.name() + "|temperature";

    private final Lexicon lexicon;
    private final AlignmentModel model;
    private final double threshold;
    /** Who the story's parties are: its names, however each outlet writes them. */
    private final StoryParties parties;
    /** What claims and groups of this story share; read from the claims once. */
    private final Evidence evidence;
    /** Each claim's keys in the candidate index. */
    private final ClaimKeys keys;

    Alignment(Lexicon lexicon, AlignmentModel model) {
        this.lexicon = lexicon;
        this.model = model;
        this.threshold = model.threshold();
        this.parties = new StoryParties(lexicon);
        this.evidence = new Evidence(lexicon, parties);
        this.keys = new ClaimKeys(lexicon, parties);
    }

    /** The groups of {@code claims}; each group's claims state one fact. */
    List<List<Aligned>> align(List<Aligned> claims) {
        List<List<Aligned>> out = new ArrayList<>();
        List<List<Aligned>> years = new ArrayList<>();
        List<List<Aligned>> dates = new ArrayList<>();
        for (List<Aligned> block : evidence.blocks(claims)) {
            List<List<Aligned>> groups = alignBlock(block);
            String kind = block.get(0).block();
            (kind.equals(YEARS) ? years : kind.equals(DATES) || kind.equals(DAYS) ? dates : out).addAll(groups);
        }
        out.addAll(joinPrecisions(years, dates));
        return joinUnsaid(out);
    }

    /**
     * Last pass, across blocks: a figure whose unit its sentence leaves unsaid ("the river crested at 8.4", "a
     * depth of 1,412", "Zuri, nine,"; "41 degrees" without a scale) is read in the unit of the one fact of the story
     * it can state — a member written with that unit whose figure it equals or rounds ("8.4 metres", "1,412 metres",
     * "nine-year-old"; "41C") — and joins it, re-read in that unit (the reader still sees it as written). The rules
     * of {@link Evidence#allowed} hold as for any claim (a source giving another figure, periods, parties written at
     * their figures). A figure of a few digits (at most two, whole) must also name the fact's party, and degrees
     * share its occasion ({@link #sharesOccasion}). Never when a count of something named states that amount, or
     * when two facts could take it; each unsaid figure is read against the facts as alignment left them.
     */
    private List<List<Aligned>> joinUnsaid(List<List<Aligned>> groups) {
        List<List<Aligned>> open = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Set<BigDecimal> counted = new HashSet<>();
        for (List<Aligned> members : groups) {
            if (members.stream().allMatch(Alignment::unsaid)) {
                open.add(members);
            } else if (readable(members.get(0))) {
                Group group = new Group(-1);
                members.forEach(group::add);
                targets.add(new Target(members, group));
            } else if (members.get(0).value().kind() == Kind.COUNT) {
                members.forEach(m -> counted.add(m.value().amount().stripTrailingZeros()));
            }
        }
        // Every unsaid figure is read against the facts as alignment left them: one read never depends on another.
        Map<List<Aligned>, List<Aligned>> additions = new IdentityHashMap<>();
        Set<List<Aligned>> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Aligned> members : open) {
            if (members.get(0).value().kind() == Kind.COUNT
                    && counted.contains(members.get(0).value().amount().stripTrailingZeros())) {
                continue;
            }
            List<List<Aligned>> reads = new ArrayList<>(1);
            Target only = null;
            for (Target target : targets) {
                List<Aligned> read = readIn(members, target.members(), target.group());
                if (read != null) {
                    reads.add(read);
                    only = target;
                }
            }
            if (reads.size() == 1) {
                joined.add(members);
                additions.computeIfAbsent(only.members(), k -> new ArrayList<>()).addAll(reads.get(0));
            }
        }
        if (joined.isEmpty()) {
            return groups;
        }
        additions.forEach(List::addAll);
        return groups.stream().filter(g -> !joined.contains(g)).toList();
    }

    /** A fact an unsaid figure may be read into, with its members' tallies as a group. */
    private record Target(List<Aligned> members, Group group) {
    }

    /** A figure whose unit is unsaid: a count of nothing named, or degrees of no scale (see {@link #joinUnsaid}). */
    private static boolean unsaid(Aligned a) {
        Value value = a.claim().value();
        return value.kind() == Kind.COUNT && (value.unit() == null || value.unit().isBlank())
                || degrees(value);
    }

    private static boolean degrees(Value value) {
        return value.kind() == Kind.QUANTITY && value.unit() != null
                && value.unit().toLowerCase(Locale.ROOT).startsWith("degree");
    }

    /** A fact an unsaid figure may be read into: a measured quantity, an age or a share. */
    private static boolean readable(Aligned a) {
        Value value = a.claim().value();
        Kind kind = a.value().kind();
        return kind == Kind.AGE || kind == Kind.PERCENT || a.block().equals(TEMPERATURE)
                || kind == Kind.QUANTITY && value.unit() != null && Conversions.of(value.unit()) != null
                        && !"time".equals(Dimensions.of(value.unit()));
    }

    /**
     * The members of an unsaid group re-read in the unit of a member of {@code target} they all match (see
     * {@link #joinUnsaid}), or null when they cannot all join it.
     */
    private List<Aligned> readIn(List<Aligned> members, List<Aligned> target, Group group) {
        boolean scale = degrees(members.get(0).claim().value());
        if (scale != target.get(0).block().equals(TEMPERATURE)) {
            return null;
        }
        for (Aligned written : target) {
            Value as = written.claim().value();
            List<Aligned> reread = new ArrayList<>(members.size());
            for (Aligned m : members) {
                Aligned read = readAs(m, as, written, scale);
                if (read == null || evidence.blocker(read, group) != null || !sharesOccasion(read, group, scale)) {
                    break;
                }
                reread.add(read);
            }
            if (reread.size() == members.size()) {
                return reread;
            }
        }
        return null;
    }

    /** {@code m} read in the unit of {@code as} when its figure then equals or rounds that member's, else null. */
    private static Aligned readAs(Aligned m, Value as, Aligned written, boolean scale) {
        Value v = m.claim().value();
        for (String unit : scale ? List.of("celsius", "fahrenheit") : Collections.singletonList(as.unit())) {
            Value read = new Value(as.kind(), v.amount(), as.currency(), unit, v.bound(), v.low(), v.high());
            if (sameOrRounded(Dimensions.base(read), written.value())) {
                return m.reread(read);
            }
        }
        return null;
    }

    /**
     * Whether an unsaid figure shares the occasion of a group (see {@link #joinUnsaid}): a figure of three digits or
     * more, or with decimals, identifies itself; a shorter one must name the group's party. Degrees of no scale
     * ({@code scale}) may instead share a measure word of one act or the story's rarer context words with the group
     * ("41 degrees" in a sentence about the heat; not "a 30-degree bend"); a bare count may not ("rescuers pulled
     * 12 from the water" beside "a 12-year-old boy was rescued" shares the words, not the fact).
     */
    private boolean sharesOccasion(Aligned read, Group group, boolean scale) {
        BigDecimal amount = read.claim().value().amount().stripTrailingZeros();
        if (!scale && (amount.scale() > 0 || amount.precision() - amount.scale() > 2)) {
            return true; // "8.4", "212", "1,412": precise enough to identify itself
        }
        return evidence.namesPartyOf(read, group) || scale && evidence.sharesActOrWords(read, group);
    }

    /**
     * Last pass, across the year and date blocks: a year and a date within it told of one occasion are one fact at
     * two precisions ("the 2008 event", "the event in March 2008"; "acquired in 2023", "acquired in August 2023").
     * A group of one bare year joins the one group of dates all written in that year with which every member shares
     * the occasion (its party, a measure word of one act, or the story's rarer context words) and no written party
     * clashes; a year that could join two date groups, or a date group two years could join, joins nothing. The
     * dates in the other groups are the rest.
     */
    private List<List<Aligned>> joinPrecisions(List<List<Aligned>> years, List<List<Aligned>> dates) {
        Map<List<Aligned>, Group> dateGroups = new IdentityHashMap<>();
        for (List<Aligned> members : dates) {
            Group group = new Group(-1);
            members.forEach(group::add);
            dateGroups.put(members, group);
        }
        Map<List<Aligned>, List<Aligned>> joined = new IdentityHashMap<>();
        Map<List<Aligned>, Integer> suitors = new IdentityHashMap<>();
        for (List<Aligned> year : years) {
            List<Aligned> only = null;
            int qualified = 0;
            for (Map.Entry<List<Aligned>, Group> e : dateGroups.entrySet()) {
                if (sameOccasion(year, e.getKey(), e.getValue())) {
                    only = e.getKey();
                    qualified++;
                }
            }
            if (qualified == 1) {
                joined.put(year, only);
                suitors.merge(only, 1, Integer::sum);
            }
        }
        joined.values().removeIf(target -> suitors.get(target) > 1);
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

    /** Whether a group of one bare year tells the occasion a group of dates of that year dates (see joinPrecisions). */
    private boolean sameOccasion(List<Aligned> year, List<Aligned> dates, Group group) {
        BigDecimal value = year.get(0).value().amount();
        // both written with the year in digits: "this year" and "last week" say too little of which occasion
        String digits = value.toPlainString();
        if (!year.stream().allMatch(y -> y.bareYear() && y.value().amount().compareTo(value) == 0 && written(y, digits))
                || !dates.stream().allMatch(d -> d.claim().value().kind() == Kind.DATE
                        && digits.equals(d.claim().value().unit()) && written(d, digits))) { // no weekday alone
            return false;
        }
        for (Aligned y : year) {
            if (y.hypothetical() != dates.get(0).hypothetical() || y.anchored() && group.anchoredSubjects.keySet()
                    .stream().anyMatch(party -> evidence.clash(y.subject(), party, y, group))) {
                return false;
            }
            if (!evidence.namesPartyOf(y, group) && !evidence.sharesActOrWords(y, group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the model learns from: each claim with a gold fact against the groups it could join when every other
     * claim stands in its gold fact (unannotated claims alone), and against every other claim alone (the state
     * the first claims of a story meet). A pair the rules keep apart teaches nothing and is left out.
     */
    List<AlignmentModel.Example> examples(List<Aligned> claims, Map<Aligned, Integer> gold) {
        List<AlignmentModel.Example> out = new ArrayList<>();
        for (List<Aligned> block : evidence.blocks(claims)) {
            GroupIndex groups = new GroupIndex(keys);
            Map<Integer, Group> byFact = new HashMap<>();
            for (Aligned claim : block) {
                Integer fact = gold.get(claim);
                groups.add(claim, fact == null ? null : byFact.get(fact));
                if (fact != null) {
                    byFact.putIfAbsent(fact, groups.of(claim));
                }
            }
            for (Aligned claim : block) {
                Integer fact = gold.get(claim);
                if (fact == null) {
                    continue;
                }
                Group own = groups.of(claim);
                groups.remove(claim);
                for (Group group : groups.candidates(claim)) {
                    if (evidence.considered(claim, group)) {
                        out.add(new AlignmentModel.Example(evidence.features(claim, group), group == own));
                    }
                }
                groups.add(claim, own);
                for (Aligned other : block) {
                    if (other == claim) {
                        continue;
                    }
                    Group single = new Group(-1);
                    single.add(other);
                    if (evidence.considered(claim, single)) {
                        boolean same = fact.equals(gold.get(other));
                        out.add(new AlignmentModel.Example(evidence.features(claim, single), same));
                    }
                }
            }
        }
        return out;
    }

    private List<List<Aligned>> alignBlock(List<Aligned> block) {
        GroupIndex groups = new GroupIndex(keys);
        for (Aligned claim : block) {
            Group best = best(claim, groups, null);
            groups.add(claim, best);
        }
        // Second pass: place every claim again against the groups as they ended up.
        for (Aligned claim : block) {
            Group own = groups.of(claim);
            groups.remove(claim);
            Group best = best(claim, groups, null);
            groups.add(claim, best != null ? best : own.isEmpty() ? own : null);
        }
        for (Aligned claim : block) {
            Group own = groups.of(claim);
            boolean weak = !claim.hasMeasure() && !claim.hasSubject();
            if (own.members.size() == 1 && (weak || evidence.rare(claim.value()))) {
                Group only = onlyCompatible(claim, groups, own, weak);
                if (only != null) {
                    groups.remove(claim);
                    groups.add(claim, only);
                }
            }
        }
        mergeGroups(groups);
        joinConflicts(groups);
        return groups.all().stream().filter(g -> !g.isEmpty()).map(this::likeliestFirst).toList();
    }

    /**
     * A group's members, each source's mentions in the order the other sources' members place them, likeliest first:
     * of two mentions of one figure by one outlet ("three" subpoenas in the lead, "three" lanes further down), the
     * fact shows the one that states what the others state ({@link FactBuilder} keeps the first of equally precise
     * mentions). A group of one source keeps its order.
     */
    private List<Aligned> likeliestFirst(Group group) {
        List<Aligned> members = new ArrayList<>(group.members);
        Map<String, List<Aligned>> bySource = members.stream().collect(Collectors.groupingBy(Aligned::source,
                LinkedHashMap::new, Collectors.toList()));
        if (bySource.size() < 2 || bySource.size() == members.size()) {
            return members;
        }
        Map<Aligned, Double> fit = new IdentityHashMap<>();
        for (List<Aligned> own : bySource.values()) {
            if (own.size() < 2) {
                continue;
            }
            // The others' members alone: take the source's own out of the group's tallies, and put them back.
            own.forEach(group::remove);
            own.forEach(member -> fit.put(member, score(member, group)));
            own.forEach(group::add);
        }
        List<Aligned> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparingDouble((Aligned m) -> -fit.getOrDefault(m, 1.0)));
        return ordered;
    }

    /**
     * Third pass: a group joins another when every one of its claims may join it and the model places each of them
     * there, within {@link #MERGE_MARGIN} of {@link #threshold} — a fact the claims' reading order split
     * in two ("Tuesday" from two outlets and "Tuesday" from two others), which no single claim's move can mend. A
     * member whose own outlet states its very figure in the candidate needs no score ({@link #repeated}). Smaller
     * groups move first, each into the candidate whose least likely member is likeliest.
     */
    private void mergeGroups(GroupIndex groups) {
        for (Group small : smallestFirst(groups)) {
            if (small.isEmpty()) {
                continue;
            }
            List<Aligned> members = new ArrayList<>(small.members);
            Group target = null;
            double best = threshold + MERGE_MARGIN;
            for (Group candidate : groups.candidates(members.get(0))) {
                if (candidate == small || candidate.isEmpty() || candidate.members.size() < members.size()) {
                    continue;
                }
                double weakest = 1;
                for (Aligned member : members) {
                    if (repeated(member, candidate)) {
                        continue;
                    }
                    weakest = evidence.considered(member, candidate) ? Math.min(weakest, score(member, candidate)) : 0;
                    if (weakest == 0) {
                        break;
                    }
                }
                if (weakest > best) {
                    target = candidate;
                    best = weakest;
                }
            }
            if (target != null) {
                moveAll(groups, small, target);
            }
        }
    }

    /**
     * Whether the group holds the claim's own outlet stating the very same figure, a large one (not a date, a time or
     * a year): an outlet that writes "31-24" twice in one report, its two mentions placed in two groups, tells one
     * fact twice, and the groups are one whatever the subject each mention was read with. Small numbers never (one
     * report's "three" lanes and "three" subpoenas are two things), nor vague ones ("tens of thousands of dollars").
     */
    private static boolean repeated(Aligned claim, Group group) {
        Value value = claim.value();
        if (claim.bareYear() || value.kind() == Kind.DATE || value.kind() == Kind.TIME
                || value.bound() != Bound.EXACT || value.amount().compareTo(SMALL_COUNT) <= 0) {
            return false;
        }
        return group.valuesBySource.getOrDefault(claim.source(), Map.of()).keySet().stream().anyMatch(value::equals);
    }

    /** The groups, smallest first, then oldest first. */
    private static List<Group> smallestFirst(GroupIndex groups) {
        List<Group> order = new ArrayList<>(groups.all());
        order.sort(Comparator.comparingInt((Group g) -> g.members.size()).thenComparingInt(g -> g.order));
        return order;
    }

    private static void moveAll(GroupIndex groups, Group from, Group to) {
        for (Aligned member : new ArrayList<>(from.members)) {
            groups.remove(member);
            groups.add(member, to);
        }
    }

    /**
     * Fourth pass: two outlets that each give one figure for a thing, and different ones, state one fact in conflict
     * even when their words share little ("a $17 million fire station", "the fire station, expected to cost $19
     * million"). A group joins another when their sources are disjoint, every member may join it (the rules of
     * {@link Evidence#allowed}) and lies near its figures (within a half, or two digits swapped), and each side is
     * <em>exclusive</em> of the other: every source of either side gives exactly one figure near the other side's
     * figures, and none compatible with them — an outlet that also writes the other figure tells two things. Only
     * where a figure is specific enough for that to be evidence: amounts of money and counts of one named thing
     * ("three firefighters", "two firefighters"; exclusive among the source's counts of that thing), both with some
     * rare word of their sentences in common and no measures of known different families; and ages within two years
     * of each other when the claim names no one, names the group's person, or the group names no one ("the
     * 25-year-old forward", "Danilo Ferrant, 24"); and years of an act that happens once ({@link #yearMisreported}).
     * Other counts, shares, times and quantities crowd a story with near figures of different things; among them
     * exclusivity is no evidence (development sets: as many wrong joins as right ones, docs/BENCHMARKS.md). A group
     * joins only when exactly one candidate qualifies.
     */
    private void joinConflicts(GroupIndex groups) {
        for (Group small : smallestFirst(groups)) {
            if (small.isEmpty()) {
                continue;
            }
            List<Aligned> members = new ArrayList<>(small.members);
            Group target = null;
            int qualified = 0;
            for (Group candidate : groups.candidates(members.get(0))) {
                if (candidate != small && !candidate.isEmpty() && candidate.members.size() >= members.size()
                        && candidate.valuesBySource.keySet().stream().noneMatch(small.valuesBySource::containsKey)
                        && members.stream().allMatch(m -> oneConflictingFact(m, candidate))
                        && exclusive(small, candidate) && exclusive(candidate, small)) {
                    target = candidate;
                    qualified++;
                }
            }
            if (qualified == 1) {
                moveAll(groups, small, target);
            }
        }
    }

    /** Whether a claim may be, in conflict, the fact a group states (see {@link #joinConflicts}). */
    private boolean oneConflictingFact(Aligned claim, Group group) {
        if (claim.bareYear()) {
            return yearMisreported(claim, group);
        }
        boolean near = nearConflict(claim.value(), group.min) && nearConflict(claim.value(), group.max)
                || Evidence.transposed(claim, group);
        Kind kind = claim.value().kind();
        boolean specific = kind == Kind.MONEY || kind == Kind.COUNT && evidence.sameThingNear(claim, group);
        return near && evidence.allowed(claim, group)
                && (specific && evidence.contextScore(claim, group) >= SHARED_CONTEXT
                        && !evidence.knownApart(claim.measure(), group.measure.keySet())
                        || kind == Kind.AGE && agedAlike(claim, group));
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
     * Whether an age may be the one a group gives: at most two years from each of its ages, and the claim names no
     * one, or the group names no one, or a person the group names.
     */
    private boolean agedAlike(Aligned claim, Group group) {
        BigDecimal age = claim.value().amount();
        if (!yearsApart(age, group.min) || !yearsApart(age, group.max)) {
            return false;
        }
        List<Aligned> named = group.members.stream().filter(Alignment::named).toList();
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
                List<Aligned> alike = counted == null ? own
                        : own.stream().filter(a -> counted.equals(Evidence.counted(a))).toList();
                if (alike.stream().anyMatch(a -> compatible(a.value(), value))) {
                    return false;
                }
                boolean years = value.kind() == Kind.AGE || member.bareYear();
                long near = alike.stream().filter(a -> years
                        ? yearsApart(a.value().amount(), value.amount()) || swapped(a.value().amount(), value.amount())
                        : nearConflict(a.value(), value.amount()))
                        .map(a -> a.value().amount().stripTrailingZeros()).distinct().count();
                if (near != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private Group best(Aligned claim, GroupIndex groups, Group exclude) {
        Group best = null;
        double bestScore = threshold;
        for (Group group : groups.candidates(claim)) {
            if (group == exclude || group.isEmpty() || !evidence.considered(claim, group)) {
                continue;
            }
            double score = score(claim, group);
            if (best == null ? score >= bestScore : score > bestScore) {
                best = group;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The one group a lone claim's figure is compatible with, if there is exactly one: for a claim that names
     * neither measure nor subject, any such group; for a rare precise figure left alone, a group of rare figures too
     * within a quarter ("$1.4 billion" beside the story's only "$1.375 billion"; not "at least $29 billion" beside
     * "$88 billion"), since a rounding of a figure stated nowhere else
     * is that figure, unless the two name known, different measures ("valued at" and "paid").
     */
    private Group onlyCompatible(Aligned claim, GroupIndex groups, Group own, boolean weak) {
        Group only = null;
        for (Group group : groups.candidates(claim)) {
            if (group == own || group.isEmpty() || !evidence.allowed(claim, group)
                    || evidence.valueScore(claim, group) < 0.6
                    || !weak && (!group.values.keySet().stream().allMatch(evidence::rare)
                            || far(group.min, claim.value().amount(), NEAR)
                            || far(group.max, claim.value().amount(), NEAR)
                            || evidence.knownApart(claim.measure(), group.measure.keySet())
                            || evidence.unlikeActs(claim, group) || evidence.unlikeCounted(claim, group))) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = group;
        }
        return only;
    }

    /**
     * Why a claim and another stay apart or come together, for the alignment bench: the rule that keeps them apart,
     * or the model's probability and the features it weighed.
     */
    String explain(Aligned claim, Aligned other) {
        Group single = new Group(-1);
        single.add(other);
        String blocked = evidence.blocker(claim, single);
        if (blocked != null) {
            return "rule: " + blocked;
        }
        double[] f = evidence.features(claim, single);
        StringBuilder out = new StringBuilder(
                evidence.considered(claim, single) ? "" : "rule: not conflictable, else ");
        out.append(String.format("p=%.2f", model.probability(f)));
        for (int i = 0; i < f.length; i++) {
            if (f[i] != 0) {
                out.append(' ').append(AlignmentModel.FEATURES.get(i)).append('=')
                        .append(f[i] == 1 ? "1" : String.format("%.2f", f[i]));
            }
        }
        return out.toString();
    }

    private double score(Aligned claim, Group group) {
        return model.probability(evidence.features(claim, group));
    }
}
