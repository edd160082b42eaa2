package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Collectors;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Agreement;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/**
 * Aligns the claims of one story into groups that state one fact: a scored matching, not equal keys.
 *
 * <p>Within a block (kind, and currency for money or dimension for quantities) claims are taken most informative
 * first; each joins the group it scores best with if the score reaches the model's threshold, otherwise it starts a
 * group. The score of a claim against a group is the probability {@link AlignmentModel} gives to the evidence they
 * share ({@link #features}, fitted on the annotated events of the alignment bench). The main evidence:
 * <ul>
 * <li><b>measure</b>: how alike the words governing the figures are (WordNet lemma, synonym, derivation, hypernym,
 * or one measure family of the lexicon; see {@link Lexicon#similarity}), each word weighted by its rarity among the
 * story's claims, averaged over both directions; 0.5 when a side names no measure;</li>
 * <li><b>context</b>: cosine of the sentences' content words and names, weighted by rarity in the story;</li>
 * <li><b>value</b>: the very amount when few claims of the story state it (a precise figure repeated is evidence),
 * compatible figures (equal, a rounding, a hedge), or within a quarter. Two figures that are not compatible are
 * weighed at all only when both name a measure and the measures agree ({@code ≥ 0.7}; never for ages), or both
 * name the same party and lie within a quarter of each other, or count one named thing and lie near each other:
 * a conflict is a strong statement ({@link #considered});</li>
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
 * "seven counties": see {@link #likeCounted}); figures ten times apart; a figure
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

    /** How far into an article its opening reaches, in characters. */
    private static final int LEAD_CHARS = 400;
    /** An amount stated by at most this many claims of a story is specific enough to be evidence when repeated. */
    private static final int RARE = 6;
    private static final BigDecimal FAR = BigDecimal.TEN;
    /**
     * How far apart two incompatible figures of one fact may be: conflicts our annotators found differ by at most
     * 1.75 times but for unit slips (docs/BENCHMARKS.md).
     */
    private static final BigDecimal CONFLICT_REACH = new BigDecimal("2.5");
    /** Counted nouns that say only that people are counted, not which. */
    private static final Set<String> GENERIC_PEOPLE = Set.of("people", "person", "others", "other", "individual");
    /** The context a year needs with a group when neither party nor measure says it dates the same thing. */
    private static final double YEAR_CONTEXT = 0.1;
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
    private static final BigDecimal NEAR = new BigDecimal("1.25");
    /** How far apart two exclusive figures may be and still be one figure misreported (see {@link #joinConflicts}). */
    private static final BigDecimal EXCLUSIVE_REACH = new BigDecimal("1.5");
    /** Counts up to this many are near when within {@link #COUNT_SLACK} of each other (see {@link #near}). */
    private static final BigDecimal SMALL_COUNT = BigDecimal.valueOf(20);
    private static final BigDecimal COUNT_SLACK = BigDecimal.valueOf(2);
    /** The rule that keeps two different years apart (see {@link #yearMisreported}). */
    private static final String TWO_YEARS = "two years";
    /** How many significant digits make a figure precise enough to identify itself (see {@link #preciseRepeat}). */
    private static final int PRECISE_DIGITS = 4;
    /** The blocks of bare years and of calendar dates (see {@link #joinPrecisions}). */
    private static final String YEARS = Kind.YEAR.name() + "|";
    private static final String DATES = Kind.DATE.name() + "|";
    private static final String DAYS = Kind.DATE.name() + "|weekday";
    private static final Set<Agreement> EQUAL_OR_ROUNDED = Set.of(Agreement.EXACT, Agreement.ROUNDED);
    /** How far apart a figure and its rounding may lie (a twentieth: "8.4" and "27.6 feet", "82 degrees" and "28C"). */
    private static final BigDecimal ROUNDING_REACH = new BigDecimal("1.05");
    private static final String TEMPERATURE = Kind.QUANTITY.name() + "|temperature";
    /** The measure similarity two incompatible figures need to be one fact in conflict. */
    private static final double CONFLICT_MEASURE = 0.7;
    /** The similarity of two words of one act: one lexicon family or one synset (see {@link #sameAct}). */
    private static final double SAME_ACT = 0.85;
    /** The similarity of a word and one derived from it ("cancel", "cancellation"; see {@link Lexicon#similarity}). */
    private static final double DERIVED = 0.8;
    /** Below this measure similarity two named measures are different acts (see {@link #unlikeActs}). */
    private static final double UNLIKE_MEASURE = 0.3;
    /** The most value buckets a wide interval ("dozens", "billions") is indexed under. */

    private final Lexicon lexicon;
    private final AlignmentModel model;
    private final double threshold;
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
    /** Each claim's keys in the candidate index. */
    private final ClaimKeys keys;
    private int size;

    Alignment(Lexicon lexicon, AlignmentModel model) {
        this.lexicon = lexicon;
        this.model = model;
        this.threshold = model.threshold();
        this.parties = new StoryParties(lexicon);
        this.keys = new ClaimKeys(lexicon, parties);
    }

    /** The groups of {@code claims}; each group's claims state one fact. */
    List<List<Aligned>> align(List<Aligned> claims) {
        List<List<Aligned>> out = new ArrayList<>();
        List<List<Aligned>> years = new ArrayList<>();
        List<List<Aligned>> dates = new ArrayList<>();
        for (List<Aligned> block : blocks(claims)) {
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
     * of {@link #allowed} hold as for any claim (a source giving another figure, periods, parties written at their
     * figures). A figure of a few digits (at most two, whole) must also name the fact's party, and degrees share its
     * occasion ({@link #sharesOccasion}). Never when a count of something named states that amount, or when two facts
     * could take it; each unsaid figure is read against the facts as alignment left them.
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
                if (read == null || blocker(read, group) != null || !sharesOccasion(read, group, scale)) {
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

    /** The same figure, or one a rounding of the other: no hedge's reach ("more than 7 inches" holds any 8.4). */
    private static boolean sameOrRounded(Value a, Value b) {
        // a ratio says nothing of temperatures near zero ("30 degrees" Fahrenheit and "-1C")
        boolean temperature = "temperature".equals(Dimensions.of(a.unit()));
        if (bounded(a) || bounded(b) || !temperature && far(a.amount(), b.amount(), ROUNDING_REACH)) {
            return false;
        }
        return EQUAL_OR_ROUNDED.contains(Consensus.agreement(a, b))
                || EQUAL_OR_ROUNDED.contains(Consensus.agreement(b, a));
    }

    private static boolean bounded(Value v) {
        return v.bound() == Bound.AT_LEAST || v.bound() == Bound.AT_MOST;
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
        return namesPartyOf(read, group) || scale && sharesActOrWords(read, group);
    }

    /** Whether the claim names a party the group's members name. */
    private boolean namesPartyOf(Aligned claim, Group group) {
        return claim.hasSubject() && group.subjects.keySet().stream().anyMatch(p -> parties.same(claim.subject(), p));
    }

    /**
     * Whether the claim shares the group's occasion by its words: a measure word of one act (one lemma, synset or
     * family: "election", "presidential election") or the story's rarer context words.
     */
    private boolean sharesActOrWords(Aligned claim, Group group) {
        return claim.measure().stream().anyMatch(w -> group.measure.keySet().stream()
                .anyMatch(o -> lexicon.similarity(w, o) >= SAME_ACT))
                || contextScore(claim, group) >= YEAR_CONTEXT;
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
                    .stream().anyMatch(party -> clash(y.subject(), party, y, group))) {
                return false;
            }
            if (!namesPartyOf(y, group) && !sharesActOrWords(y, group)) {
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
        for (List<Aligned> block : blocks(claims)) {
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
                    if (considered(claim, group)) {
                        out.add(new AlignmentModel.Example(features(claim, group), group == own));
                    }
                }
                groups.add(claim, own);
                for (Aligned other : block) {
                    if (other == claim) {
                        continue;
                    }
                    Group single = new Group(-1);
                    single.add(other);
                    if (considered(claim, single)) {
                        out.add(new AlignmentModel.Example(features(claim, single), fact.equals(gold.get(other))));
                    }
                }
            }
        }
        return out;
    }

    /** Counts the story's terms and names, and splits its claims into blocks, each in canonical order. */
    private Collection<List<Aligned>> blocks(List<Aligned> claims) {
        size = claims.size();
        for (Aligned a : claims) {
            a.context().stream().distinct().forEach(t -> contextDf.merge(t, 1, Integer::sum));
            a.measure().stream().distinct().forEach(t -> measureDf.merge(t, 1, Integer::sum));
            amountDf.merge(a.value().amount().stripTrailingZeros(), 1, Integer::sum);
            amountBySource.computeIfAbsent(amountKey(a), k -> new HashMap<>()).merge(a.source(), 1, Integer::sum);
            bySource.computeIfAbsent(a.block() + "|" + a.source(), k -> new ArrayList<>()).add(a);
            parties.add(a.subject(), a.source());
            parties.add(a.object(), a.source());
        }
        pairTallySides(claims);
        Map<String, List<Aligned>> blocks = new LinkedHashMap<>();
        claims.stream().sorted(CANONICAL).forEach(a -> blocks.computeIfAbsent(a.block(), k -> new ArrayList<>())
                .add(a));
        return blocks.values();
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

    /** Most informative first, then a total order on the claim itself: the result never depends on input order. */
    private static final Comparator<Aligned> CANONICAL = Comparator
            .comparing((Aligned a) -> !a.hasMeasure())
            .thenComparing(a -> !a.hasSubject())
            .thenComparing(Aligned::source)
            .thenComparing(a -> a.claim().quote() == null ? 0 : a.claim().quote().start())
            .thenComparing(a -> a.value().amount())
            .thenComparing(a -> String.valueOf(a.claim().id()));

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
            if (own.members.size() == 1 && (weak || rare(claim.value()))) {
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
                    weakest = considered(member, candidate) ? Math.min(weakest, score(member, candidate)) : 0;
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
     * {@link #allowed}) and lies near its figures (within a half, or two digits swapped), and each side is
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
                || transposed(claim, group);
        Kind kind = claim.value().kind();
        boolean specific = kind == Kind.MONEY || kind == Kind.COUNT && sameThingNear(claim, group);
        return near && allowed(claim, group) && (specific && contextScore(claim, group) >= SHARED_CONTEXT
                && !knownApart(claim.measure(), group.measure.keySet()) || kind == Kind.AGE && agedAlike(claim, group));
    }

    /**
     * Whether a year may be, in conflict, the one a group's years give for the same act: at most two years from each
     * (or two digits swapped), an act that happens once ({@link #occasion}) named by each, of one act with the
     * group's ("opens in 2029", "due to open in 2030"; "the plant opened in 1987", "opened the plant in 1978"), and
     * nothing but the two years themselves keeping them apart. A year no outlet governs by any word ("the last
     * comparable outbreak, in 2019,") is one date misreported when its sentence shares the story's rarer words with
     * the group's. Two years are otherwise two occasions ("struggled in 2024", "struggled in 2025": {@link #blocker});
     * exclusivity ({@link #exclusive}) does the rest.
     */
    private boolean yearMisreported(Aligned claim, Group group) {
        BigDecimal year = claim.value().amount();
        boolean near = yearsApart(year, group.min) && yearsApart(year, group.max) || transposed(claim, group);
        String blocker = blocker(claim, group);
        if (!near || blocker != null && !blocker.equals(TWO_YEARS)
                || !group.members.stream().allMatch(Aligned::bareYear)) {
            return false;
        }
        if (!claim.hasMeasure() && group.measure.isEmpty()) {
            return contextScore(claim, group) >= YEAR_CONTEXT;
        }
        return occasion(claim) && group.members.stream().allMatch(this::occasion)
                && (measureScore(claim, group) >= CONFLICT_MEASURE
                        || group.members.stream().allMatch(m -> oneAct(claim, m)))
                && !knownApart(claim.measure(), group.measure.keySet());
    }

    /** Whether a claim's measure names an act that happens once ({@link Lexicon#isOccasion}): "opens", "completion". */
    private boolean occasion(Aligned claim) {
        return claim.measure().stream().anyMatch(lexicon::isOccasion);
    }

    /** Whether two claims name an act alike: a word of each of one synset, family or derivation ("finish", "end"). */
    private boolean oneAct(Aligned claim, Aligned other) {
        for (String word : claim.measure()) {
            for (String otherWord : other.measure()) {
                if (lexicon.similarity(word, otherWord) >= DERIVED) {
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

    /** Whether two ages are at most two years apart: one person's age misreported, or told a birthday apart. */
    private static boolean yearsApart(BigDecimal age, BigDecimal other) {
        return age.subtract(other).abs().compareTo(COUNT_SLACK) <= 0;
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
            List<Aligned> own = bySource.getOrDefault(block + "|" + source, List.of());
            for (Aligned member : other.members) {
                Value value = member.value();
                String counted = counted(member);
                List<Aligned> alike = counted == null ? own
                        : own.stream().filter(a -> counted.equals(counted(a))).toList();
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
            if (group == exclude || group.isEmpty() || !considered(claim, group)) {
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
     * Whether the rules let the claim join the group at all, leaving the model to weigh it: {@link #allowed}, and
     * for figures that are not compatible, {@link #conflictable} (a conflict is a strong statement: both figures must
     * name one measure or one party).
     */
    private boolean considered(Aligned claim, Group group) {
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
                || sameSideNear(claim, group);
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
        // "58 votes to 31" and "58 to 41": one vote, one side misreported, however far apart
        BigDecimal other = otherSide.get(claim);
        return other != null && group.members.stream().map(otherSide::get)
                .allMatch(o -> o != null && o.compareTo(other) == 0);
    }

    /**
     * Whether the claim's figure is a member's with two neighbouring digits swapped, both stated exactly at one
     * magnitude ("61.3 percent" and "63.1 percent", "$257 million" and "$275 million", "4,150" and "4,510"): the
     * commonest slip of a figure copied from one report to another, and evidence of one fact in conflict.
     */
    private static boolean transposed(Aligned claim, Group group) {
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

    private static boolean swapped(BigDecimal a, BigDecimal b) {
        BigDecimal x = a.stripTrailingZeros();
        BigDecimal y = b.stripTrailingZeros();
        if (x.signum() <= 0 || y.signum() <= 0 || x.precision() - x.scale() != y.precision() - y.scale()) {
            return false;
        }
        String p = x.unscaledValue().toString();
        String q = y.unscaledValue().toString();
        if (p.length() != q.length() || p.length() < 2 || p.equals(q)) {
            return false;
        }
        int first = 0;
        while (p.charAt(first) == q.charAt(first)) {
            first++;
        }
        return first + 1 < p.length() && p.charAt(first) == q.charAt(first + 1)
                && p.charAt(first + 1) == q.charAt(first) && p.substring(first + 2).equals(q.substring(first + 2));
    }

    /**
     * Two near counts of one named kind of thing ("37 homes destroyed", "40 homes lost"; "Nineteen miners rescued",
     * "Seventeen miners brought out"): the counted noun itself says what is counted, unless it is only people.
     */
    private boolean sameThingNear(Aligned claim, Group group) {
        String counted = counted(claim);
        if (counted == null || GENERIC_PEOPLE.contains(counted) || group.counted.isEmpty()
                || group.counted.keySet().stream().anyMatch(GENERIC_PEOPLE::contains)
                || !group.counted.keySet().stream().allMatch(o -> o.equals(counted)
                        || lexicon.similarity(o, counted) >= SAME_ACT)) {
            return false; // "homes" and "houses" count one thing; "homes" and "people" two
        }
        return near(claim.value(), group.min) && near(claim.value(), group.max);
    }

    /**
     * Two counts of like things told by words of one act ("killed three", "the death toll rose to four": people, and
     * words of one lexicon family or synset), whatever other words stand near: a revised toll is a conflict.
     */
    private boolean sameAct(Aligned claim, Group group) {
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
     * The one group a lone claim's figure is compatible with, if there is exactly one: for a claim that names
     * neither measure nor subject, any such group; for a rare precise figure left alone, a group of rare figures too
     * within a quarter ("$1.4 billion" beside the story's only "$1.375 billion"; not "at least $29 billion" beside
     * "$88 billion"), since a rounding of a figure stated nowhere else
     * is that figure, unless the two name known, different measures ("valued at" and "paid").
     */
    private Group onlyCompatible(Aligned claim, GroupIndex groups, Group own, boolean weak) {
        Group only = null;
        for (Group group : groups.candidates(claim)) {
            if (group == own || group.isEmpty() || !allowed(claim, group) || valueScore(claim, group) < 0.6
                    || !weak && (!group.values.keySet().stream().allMatch(this::rare)
                            || far(group.min, claim.value().amount(), NEAR)
                            || far(group.max, claim.value().amount(), NEAR)
                            || knownApart(claim.measure(), group.measure.keySet())
                            || unlikeActs(claim, group) || unlikeCounted(claim, group))) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = group;
        }
        return only;
    }

    /** A period relative to when the article was written ("last year", "first quarter"), not a year in digits. */
    private static boolean relative(String period) {
        return !(period.length() == 4 && period.chars().allMatch(Character::isDigit));
    }

    /** The constraints no score overrides. */
    private boolean allowed(Aligned claim, Group group) {
        return blocker(claim, group) == null;
    }

    /** The constraint that keeps the claim out of the group, or null when none does (see {@link #allowed}). */
    private String blocker(Aligned claim, Group group) {
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
                && !(relative(claim.period()) != relative(group.period) && compatibleWithAll(claim, group))) {
            // Two periods are two occasions. A year and a relative period ("2017", "this year") may be one: the
            // same figure under both is one fact; different figures under them are never a conflict.
            return "periods";
        }
        if ((claim.period() == null) != (group.period == null) && !compatibleWithAll(claim, group)) {
            // "56 percent" and "58 percent in 2012": a conflict needs one period on both sides
            return "period on one side";
        }
        BigDecimal amount = claim.value().amount();
        if (claim.bareYear() && (group.min.compareTo(amount) != 0 || group.max.compareTo(amount) != 0)) {
            return TWO_YEARS; // a year dates something: two years are mostly two occasions (see yearMisreported)
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
        if (far(group.min, amount) || far(group.max, amount)) {
            return "ten times apart";
        }
        if ((far(group.min, amount, CONFLICT_REACH) || far(group.max, amount, CONFLICT_REACH))
                && !compatibleWithAll(claim, group)) {
            return "too far apart to conflict"; // a revised toll, a slip or a dispute moves a figure, not 2.5-fold
        }
        // Counts of unlike things are two facts ("seven dead", "seven counties") when small; larger ones are weighed
        // by the model (the feature unlikeCounted: "310,000 homes", "300,000 customers").
        if (unlikeCounted(claim, group) && claim.value().amount().compareTo(SMALL_COUNT) <= 0) {
            // "seven dead" and "seven counties", "four killed" and "four crew": a small count is too common to be
            // evidence by itself; larger counts of unlike nouns are weighed ("310,000 homes", "300,000 customers")
            return "unlike counted";
        }
        // "the fire destroyed 37 homes", "the fire damaged 40 homes": what befell them differs; only the very same
        // count above twenty, rare in the story, is weighed instead ("200 residents spent the night", "200 evacuated")
        return unlikeEvents(claim, group) && !sameRareCount(claim, group) ? "unlike events" : null;
    }

    /**
     * Why a claim and another stay apart or come together, for the alignment bench: the rule that keeps them apart,
     * or the model's probability and the features it weighed.
     */
    String explain(Aligned claim, Aligned other) {
        Group single = new Group(-1);
        single.add(other);
        String blocked = blocker(claim, single);
        if (blocked != null) {
            return "rule: " + blocked;
        }
        double[] f = features(claim, single);
        StringBuilder out = new StringBuilder(considered(claim, single) ? "" : "rule: not conflictable, else ");
        out.append(String.format("p=%.2f", model.probability(f)));
        for (int i = 0; i < f.length; i++) {
            if (f[i] != 0) {
                out.append(' ').append(AlignmentModel.FEATURES.get(i)).append('=')
                        .append(f[i] == 1 ? "1" : String.format("%.2f", f[i]));
            }
        }
        return out.toString();
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
     * An exact amount, share, count or quantity of {@link #PRECISE_DIGITS} significant digits or more, as written (not
     * converted: "3 miles" is one digit, though 4,828.032 metres).
     */
    static boolean precise(Value value) {
        Kind kind = value.kind();
        return (kind == Kind.MONEY || kind == Kind.COUNT || kind == Kind.QUANTITY || kind == Kind.PERCENT)
                && value.bound() == Bound.EXACT && value.amount().stripTrailingZeros().precision() >= PRECISE_DIGITS;
    }

    /** Counts of unlike things: "seven dead" and "seven counties", "four killed" and "four crew". */
    private boolean unlikeCounted(Aligned claim, Group group) {
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
    private boolean likeCounted(String counted, Collection<String> others) {
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
    private boolean knownApart(Collection<String> words, Collection<String> others) {
        return knownApart(words, others, false);
    }

    private boolean knownApart(Collection<String> words, Collection<String> others, boolean actsOnly) {
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
    private boolean unlikeActs(Aligned claim, Group group) {
        return claim.value().kind() == Kind.DATE && claim.hasMeasure() && !group.measure.isEmpty()
                && measureScore(claim, group) < UNLIKE_MEASURE;
    }

    private double score(Aligned claim, Group group) {
        return model.probability(features(claim, group));
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
        boolean lead = lead(claim) && group.members.stream().anyMatch(Alignment::lead);
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
            flag(unlikeCounted(claim, group))
        };
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    private double measureScore(Aligned claim, Group group) {
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

    private double contextScore(Aligned claim, Group group) {
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
    private double valueScore(Aligned claim, Group group) {
        if (claim.day() != null && claim.day().date() != null && group.dates.containsKey(claim.day().date())) {
            return 1; // the very calendar date, however common its weekday is in the story
        }
        Value value = claim.value();
        double best = 0;
        for (Value other : group.values.keySet()) {
            if (value.amount().compareTo(other.amount()) == 0 && rare(value)) {
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
    private static boolean lead(Aligned a) {
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
        if (lead(claim) && group.members.stream().anyMatch(Alignment::lead)) {
            return true;
        }
        Map<String, Integer> bySource = amountBySource.get(amountKey(claim));
        return bySource != null && bySource.size() >= 2 && bySource.values().stream().allMatch(n -> n == 1);
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

    /** An amount few claims of the story state: at most {@link #RARE} of them. */
    private boolean rare(Value value) {
        return amountDf.getOrDefault(value.amount().stripTrailingZeros(), 0) <= RARE;
    }

    /**
     * Two parties are the same when their story keys are, or they end in the same word ("Duncan Hunter", "Congressman
     * Hunter"). Two different parties clash only when neither is named in the other's sentence: "Orbital" and
     * "Nordvik" each investing in Kestrel clash; a figure credited to "the Justice Department" in a sentence that
     * names Hunter does not clash with the same figure credited to Hunter, unless the two name known, different
     * measures ("Quayside will pay $900 million for Tarn", "Tarn was valued at $900 million").
     */
    private boolean clash(String party, String groupParty, Aligned claim, Group group) {
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

    /** Either figure allows the other: a rounding, a hedge or the same amount. */
    static boolean compatible(Value a, Value b) {
        return Consensus.agreement(a, b) != Agreement.DIFFERENT || Consensus.agreement(b, a) != Agreement.DIFFERENT;
    }

    /**
     * Within a quarter of each other, or for small counts within two ("three killed", "the toll rose to four"):
     * counts of a few differ by units, not by shares.
     */
    private static boolean near(Value value, BigDecimal other) {
        if (!far(value.amount(), other, NEAR)) {
            return true;
        }
        return value.kind() == Kind.COUNT && value.amount().abs().compareTo(SMALL_COUNT) <= 0
                && value.amount().subtract(other).abs().compareTo(COUNT_SLACK) <= 0;
    }

    /** Near enough to be one figure misreported, for {@link #joinConflicts}: {@link #near}, or within a half. */
    private static boolean nearConflict(Value value, BigDecimal other) {
        return near(value, other) || !far(value.amount(), other, EXCLUSIVE_REACH);
    }

    private static boolean near(Value value, Value other) {
        return near(value, other.amount());
    }

    private static boolean far(BigDecimal a, BigDecimal b) {
        return far(a, b, FAR);
    }

    private static boolean far(BigDecimal a, BigDecimal b, BigDecimal limit) {
        BigDecimal small = a.abs().min(b.abs());
        BigDecimal large = a.abs().max(b.abs());
        if (small.signum() == 0) {
            return large.signum() != 0;
        }
        return large.divide(small, MathContext.DECIMAL64).compareTo(limit) >= 0;
    }

}
