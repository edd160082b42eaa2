package io.corroborate.analysis.fact;

import static io.corroborate.analysis.fact.ValueRelations.NEAR;
import static io.corroborate.analysis.fact.ValueRelations.SMALL_COUNT;
import static io.corroborate.analysis.fact.ValueRelations.far;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * <li><b>sentence</b>: another figure of the claim's sentence already stands in one fact with another figure of a
 * member's sentence ({@link Evidence#alignedSentence}): the two sentences tell one thing. Two incompatible figures
 * in that same place of their sentences, near each other, may be weighed as one fact in conflict ({@link
 * Evidence#slot}).</li>
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
 * rounding of the body's figure joins); these rules are {@link Evidence#blocker}'s.
 *
 * <p>The passes, in order. Within each block: (1) every claim placed as above; (2) every claim placed again against
 * the groups as they ended up, so the result does not hang on the order claims come in; a claim with neither
 * measure nor subject (a headline's bare figure), or a rare figure left alone — one claim, or one outlet's mentions of
 * one figure (its headline and its body) — then joins the one group it is compatible with, if there is exactly
 * one; (3) a group joins another when the model places each of its claims there ({@link #mergeGroups}); (4) two
 * outlets' different figures for one thing join in conflict ({@link ConflictJoins}). Across blocks: a bare year joins
 * the dates within it told of one occasion ({@link DatePrecisions}); a figure whose unit its sentence leaves unsaid
 * is read last in the unit of the one fact it can state ({@link UnsaidFigures}).
 * Candidates come from an inverted index (value buckets, measure words and their WordNet senses, party names), so
 * the cost grows with the groups a claim can join, not with the story. The weights and the threshold are fitted on the
 * development sets of {@code bench/alignment} (see docs/BENCHMARKS.md).
 */
final class Alignment {

    /**
     * How far from the threshold each claim of a group must score for the group to join another: every claim, each
     * above it, is more evidence than one claim alone, so the bar is a tenth below the one a single claim meets
     * (nineteen development sets: margin +0.2 F1 0.881 and 1,742 right verdicts, 0 0.884 and 1,744, −0.1 0.884 and
     * 1,753, −0.2 0.884 and 1,752; docs/BENCHMARKS.md).
     */
    private static final double MERGE_MARGIN = -0.1;
    /** The blocks of bare years and of calendar dates (see {@link DatePrecisions}). */
    private static final String YEARS = Kind.YEAR.name() + "|";
    private static final String DATES = Kind.DATE.name() + "|";
    private static final String DAYS = Kind.DATE.name() + "|weekday";

    /** Most informative first, then a total order on the claim itself: the result never depends on input order. */
    private static final Comparator<Aligned> CANONICAL = Comparator
            .comparing((Aligned a) -> !a.hasMeasure())
            .thenComparing(a -> !a.hasSubject())
            .thenComparing(Aligned::source)
            .thenComparing(a -> a.claim().quote() == null ? 0 : a.claim().quote().start())
            .thenComparing(a -> a.value().amount())
            .thenComparing(a -> String.valueOf(a.claim().id()));

    private final AlignmentModel model;
    private final double threshold;
    /** What claims and groups of this story share; read from the claims once. */
    private final Evidence evidence;
    /** Each claim's keys in the candidate index. */
    private final ClaimKeys keys;
    private final ConflictJoins conflicts;
    private final DatePrecisions precisions;
    private final UnsaidFigures unsaid;
    /** The group each claim of the story stands in, across blocks (see {@link Evidence#alignedSentence}). */
    private Map<Aligned, Group> owner = new IdentityHashMap<>();

    Alignment(Lexicon lexicon, AlignmentModel model) {
        this.model = model;
        this.threshold = model.threshold();
        StoryParties parties = new StoryParties(lexicon);
        this.evidence = new Evidence(lexicon, parties);
        this.keys = new ClaimKeys(lexicon, parties);
        this.conflicts = new ConflictJoins(evidence, this::score);
        this.precisions = new DatePrecisions(evidence);
        this.unsaid = new UnsaidFigures(evidence);
    }

    /** The groups of {@code claims}; each group's claims state one fact. */
    List<List<Aligned>> align(List<Aligned> claims) {
        owner = new IdentityHashMap<>();
        evidence.owners(owner);
        List<List<Aligned>> out = new ArrayList<>();
        List<List<Aligned>> years = new ArrayList<>();
        List<List<Aligned>> dates = new ArrayList<>();
        // Every block is aligned before any group is ordered: the order weighs the figures of each member's sentence,
        // whose groups may lie in a later block.
        List<GroupIndex> indexes = new ArrayList<>();
        for (List<Aligned> block : blocks(claims)) {
            indexes.add(alignBlock(block));
        }
        for (GroupIndex index : indexes) {
            List<List<Aligned>> groups = index.all().stream().filter(g -> !g.isEmpty()).map(this::likeliestFirst)
                    .toList();
            if (groups.isEmpty()) {
                continue;
            }
            String kind = groups.get(0).get(0).block();
            (kind.equals(YEARS) ? years : kind.equals(DATES) || kind.equals(DAYS) ? dates : out).addAll(groups);
        }
        out.addAll(precisions.join(years, dates));
        return unsaid.join(out);
    }

    /** Reads the story's statistics, then splits its claims into blocks, each in canonical order. */
    private Collection<List<Aligned>> blocks(List<Aligned> claims) {
        evidence.read(claims);
        Map<String, List<Aligned>> blocks = new LinkedHashMap<>();
        claims.stream().sorted(CANONICAL).forEach(a -> blocks.computeIfAbsent(a.block(), k -> new ArrayList<>())
                .add(a));
        return blocks.values();
    }

    /**
     * What the model learns from: each claim with a gold fact against the groups it could join when every other
     * claim stands in its gold fact (unannotated claims alone), and against every other claim alone (the state
     * the first claims of a story meet). A pair the rules keep apart teaches nothing and is left out.
     */
    List<AlignmentModel.Example> examples(List<Aligned> claims, Map<Aligned, Integer> gold) {
        List<AlignmentModel.Example> out = new ArrayList<>();
        owner = new IdentityHashMap<>();
        evidence.owners(owner);
        // Every block's gold groups stand before any example is read: a claim's sentence may hold figures of others.
        List<List<Aligned>> blocks = new ArrayList<>(blocks(claims));
        List<GroupIndex> indexes = new ArrayList<>();
        for (List<Aligned> block : blocks) {
            GroupIndex groups = new GroupIndex(keys, owner);
            Map<Integer, Group> byFact = new HashMap<>();
            for (Aligned claim : block) {
                Integer fact = gold.get(claim);
                groups.add(claim, fact == null ? null : byFact.get(fact));
                if (fact != null) {
                    byFact.putIfAbsent(fact, groups.of(claim));
                }
            }
            indexes.add(groups);
        }
        for (int b = 0; b < blocks.size(); b++) {
            List<Aligned> block = blocks.get(b);
            GroupIndex groups = indexes.get(b);
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

    private GroupIndex alignBlock(List<Aligned> block) {
        GroupIndex groups = new GroupIndex(keys, owner);
        for (Aligned claim : block) {
            Group best = best(claim, groups);
            groups.add(claim, best);
        }
        // Second pass: place every claim again against the groups as they ended up.
        for (Aligned claim : block) {
            Group own = groups.of(claim);
            groups.remove(claim);
            Group best = best(claim, groups);
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
            } else if (own.members.size() > 1 && own.valuesBySource.size() == 1 && own.min.compareTo(own.max) == 0
                    && claim == own.members.iterator().next() && evidence.rare(claim.value())) {
                // one outlet's figure told twice (its headline and its body) and by no one else: as one claim told once,
                // through whichever of its mentions the group's figures are compatible with ("£190K", "nearly £190,000")
                boolean allWeak = own.members.stream().allMatch(m -> !m.hasMeasure() && !m.hasSubject());
                for (Aligned member : new ArrayList<>(own.members)) {
                    Group only = onlyCompatible(member, groups, own, allWeak);
                    if (only != null && own.members.stream().allMatch(m -> evidence.allowed(m, only))) {
                        groups.moveAll(own, only);
                        break;
                    }
                }
            }
        }
        mergeGroups(groups);
        conflicts.join(groups);
        return groups;
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
        for (Group small : groups.smallestFirst()) {
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
                groups.moveAll(small, target);
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

    /** The group the claim scores best with, at the model's threshold or above; null when none does. */
    private Group best(Aligned claim, GroupIndex groups) {
        Group best = null;
        double bestScore = threshold;
        for (Group group : groups.candidates(claim)) {
            if (group.isEmpty() || !evidence.considered(claim, group)) {
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
        return explain(claim, List.of(other));
    }

    /** As {@link #explain(Aligned, Aligned)}, against a group of claims. */
    String explain(Aligned claim, List<Aligned> others) {
        Group single = new Group(-1);
        others.forEach(single::add);
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
