package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.api.Agreement;
import io.corroborate.api.Bound;
import io.corroborate.api.Claim;
import io.corroborate.api.Fact;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;
import io.corroborate.api.Verdict;

/**
 * Aligns the claims of a story into facts ({@link Alignment}: a scored matching across articles) and judges, per
 * fact, whether the sources agree. Thread-safe.
 */
public final class FactBuilder {

    private static final BigDecimal FIRST_DAY = BigDecimal.valueOf(101);
    private static final BigDecimal LAST_DAY = BigDecimal.valueOf(1231);
    /** Two numbers joined as a range's ends: "$5 million and $7 million", "10-14", "10 to 14". */
    private static final Pattern TWO_NUMBERS = Pattern.compile("\\d\\D*?(?:\\sto\\s|\\sand\\s|[-–])\\D*\\d");
    private static final Comparator<Fact> ORDER = Comparator.comparingInt(Fact::sourceCount).reversed()
            .thenComparing(f -> f.verdict() != Verdict.CONFLICT)
            .thenComparing(f -> f.subject() == null ? "\uffff" : f.subject())
            .thenComparing(Fact::predicate)
            .thenComparing(f -> f.object() == null ? "" : f.object())
            .thenComparing(f -> f.consensus().amount())
            .thenComparing(f -> f.id().toString());

    private final Lexicon lexicon = Lexicon.get();
    private final AlignmentModel model;

    /** A builder aligning with the model the service ships ({@link AlignmentModel#standard()}). */
    public FactBuilder() {
        this(AlignmentModel.standard());
    }

    /** A builder aligning with another model or threshold: for benchmarks that fit or sweep it. */
    public FactBuilder(AlignmentModel model) {
        this.model = model;
    }

    /**
     * The facts of the story, most-sourced first and conflicts before others; ids are stable per story. A claim the
     * sentence denies ("did not pay $15 billion") supports no value and enters no fact.
     */
    public List<Fact> compare(UUID storyId, List<Claim> allClaims) {
        return compare(storyId, allClaims, Map.of());
    }

    /**
     * As {@link #compare(UUID, List)}, knowing the day each dated article was published (by article id): a weekday
     * and a calendar date of one day can then be one fact ("on Tuesday", "March 10"), see {@link Days}.
     */
    public List<Fact> compare(UUID storyId, List<Claim> allClaims, Map<UUID, LocalDate> published) {
        List<Claim> claims = allClaims.stream().filter(c -> !c.negated()).toList();
        NameKeys names = new NameKeys(allNames(claims));
        List<Aligned> aligned = aligned(claims, names, published);
        List<Judged> judged = new ArrayList<>();
        for (List<Aligned> group : new Alignment(lexicon, model).align(aligned)) {
            judged.add(judge(group));
        }
        // Ids come from the facts' seeds, taken in seed order, so that equal seeds number the same way every time.
        judged.sort(Comparator.comparing(Judged::seed));
        Set<String> seeds = new HashSet<>();
        List<Fact> facts = new ArrayList<>(judged.size());
        for (Judged j : judged) {
            String seed = j.seed();
            for (int n = 2; !seeds.add(seed); n++) {
                seed = j.seed() + "|" + n;
            }
            facts.add(j.fact(UUID.nameUUIDFromBytes((storyId + "|" + seed).getBytes(StandardCharsets.UTF_8)), names));
        }
        facts.sort(ORDER);
        return facts;
    }

    /**
     * The examples {@link AlignmentModel} is fitted on: the story's claims against the groups the annotators' facts
     * make ({@code fact} gives a claim's gold fact, or null for a claim no fact holds). For the alignment bench.
     */
    public List<AlignmentModel.Example> examples(List<Claim> allClaims, Map<UUID, LocalDate> published,
            Function<Claim, Integer> fact) {
        List<Claim> claims = allClaims.stream().filter(c -> !c.negated()).toList();
        List<Aligned> aligned = aligned(claims, new NameKeys(allNames(claims)), published);
        Map<Aligned, Integer> gold = new IdentityHashMap<>();
        aligned.forEach(a -> {
            Integer f = fact.apply(a.claim());
            if (f != null) {
                gold.put(a, f);
            }
        });
        return new Alignment(lexicon, model).examples(aligned, gold);
    }

    /** The groups alignment makes of the story's claims, every member kept: for the alignment bench's error report. */
    public List<List<Claim>> groups(List<Claim> allClaims, Map<UUID, LocalDate> published) {
        List<Claim> claims = allClaims.stream().filter(c -> !c.negated()).toList();
        return new Alignment(lexicon, model).align(aligned(claims, new NameKeys(allNames(claims)), published))
                .stream().map(g -> g.stream().map(Aligned::claim).toList()).toList();
    }

    /**
     * Why two claims of the story stay apart or come together when compared alone: the rule that keeps them apart,
     * or the model's probability and the evidence it weighed. For the alignment bench's error report.
     */
    public String explain(List<Claim> allClaims, Map<UUID, LocalDate> published, Claim claim, Claim other) {
        List<Claim> claims = allClaims.stream().filter(c -> !c.negated()).toList();
        if (!claims.contains(claim) || !claims.contains(other)) {
            return "denied by its sentence";
        }
        List<Aligned> aligned = aligned(claims, new NameKeys(allNames(claims)), published);
        Alignment alignment = new Alignment(lexicon, model);
        alignment.align(aligned);
        Aligned a = aligned.get(claims.indexOf(claim));
        Aligned b = aligned.get(claims.indexOf(other));
        if (!a.block().equals(b.block())) {
            return "blocks " + a.block() + " / " + b.block();
        }
        return alignment.explain(a, b);
    }

    /**
     * Why a claim stays out of a group of the story's other claims (the group alignment gave another claim, without
     * the first): the rule that keeps it out, or the model's probability and the evidence it weighed. For the
     * alignment bench's error report.
     */
    public String explain(List<Claim> allClaims, Map<UUID, LocalDate> published, Claim claim, List<Claim> group) {
        List<Claim> claims = allClaims.stream().filter(c -> !c.negated()).toList();
        if (!claims.contains(claim) || !claims.containsAll(group) || group.isEmpty()) {
            return "denied by its sentence";
        }
        List<Aligned> aligned = aligned(claims, new NameKeys(allNames(claims)), published);
        Alignment alignment = new Alignment(lexicon, model);
        alignment.align(aligned);
        Aligned a = aligned.get(claims.indexOf(claim));
        List<Aligned> members = group.stream().map(c -> aligned.get(claims.indexOf(c))).toList();
        if (!a.block().equals(members.get(0).block())) {
            return "blocks " + a.block() + " / " + members.get(0).block();
        }
        return alignment.explain(a, members);
    }

    private static List<Aligned> aligned(List<Claim> claims, NameKeys names, Map<UUID, LocalDate> published) {
        Days days = Days.of(published, claims);
        return claims.stream().map(c -> Aligned.of(c, names, days)).toList();
    }

    /**
     * One group's claims placed against its consensus (each source's figure and its conversions), and the seed of
     * its id.
     */
    private record Judged(List<Aligned> group, String seed, Claim consensus, Value consensusValue,
            List<Claim> placed, int sources, Verdict verdict) {

        Fact fact(UUID id, NameKeys names) {
            String[] parties = parties(group);
            return new Fact(id, names.display(parties[0]), predicate(group), names.display(parties[1]),
                    consensusValue.kind(), verdict, consensusValue, sources,
                    Summary.of(verdict, consensus, placed, sources), placed);
        }
    }

    /**
     * Places each source's most precise claim, and any conversion of it in its own sentence, against the consensus.
     * Quantities in several units of one dimension compare in the unit most sources wrote; each claim keeps its value
     * as written.
     */
    private static Judged judge(List<Aligned> group) {
        // A year beside dates within it ("2008", "March 2008") compares as the span of its days; a source's date is
        // more precise than its year.
        boolean yearsAndDates = group.stream().anyMatch(a -> a.claim().value().kind() == Kind.DATE)
                && group.stream().anyMatch(a -> a.claim().value().kind() == Kind.YEAR);
        Set<String> dated = group.stream().filter(a -> a.claim().value().kind() == Kind.DATE).map(Aligned::source)
                .collect(Collectors.toSet());
        List<Claim> mentions = group.stream().filter(a -> !yearsAndDates
                || a.claim().value().kind() != Kind.YEAR || !dated.contains(a.source())).map(Aligned::claim).toList();
        List<Claim> perSource = mostPreciseBySource(mentions);
        String unit = mostFrequent(group, a -> a.claim().value().unit());
        // Weekdays and the calendar dates of their days compare as weekdays ("Tuesday" and "March 10" agree).
        Map<Claim, Value> weekdays = new IdentityHashMap<>();
        group.stream().filter(a -> a.day() != null).forEach(a -> weekdays.put(a.claim(), a.value()));
        boolean mixed = group.stream().anyMatch(a -> a.day() != null && a.day().date() != null)
                && group.stream().anyMatch(a -> "weekday".equals(a.claim().value().unit()));
        Function<Claim, Claim> comparable = c -> c.withValue(mixed && weekdays.containsKey(c)
                ? weekdays.get(c) : yearsAndDates && c.value().kind() == Kind.YEAR ? wholeYear(c.value())
                : Dimensions.in(c.value(), unit));
        List<Claim> compared = perSource.stream().map(comparable).toList();
        Claim best = Consensus.pick(compared);
        Claim bestAsWritten = perSource.get(compared.indexOf(best));
        // A source's figure converted in its own sentence ("26C (79F)", "41,500 tonnes, or about 91.5 million
        // pounds") is the source's too: it is placed beside it and weighs in the verdict.
        Set<Claim> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(perSource);
        Map<String, List<Claim>> quantitiesBySentence = new HashMap<>();
        perSource.stream().filter(c -> c.value().kind() == Kind.QUANTITY && c.quote() != null).forEach(c ->
                quantitiesBySentence.computeIfAbsent(sentenceKey(c), k -> new ArrayList<>()).add(c));
        List<Claim> written = mentions.stream().filter(c -> chosen.contains(c) || c.value().kind() == Kind.QUANTITY
                && c.quote() != null && quantitiesBySentence.getOrDefault(sentenceKey(c), List.of()).stream()
                        .anyMatch(p -> converted(p, c))).toList();
        List<Claim> placed = new ArrayList<>(written.size());
        List<Claim> judged = new ArrayList<>(written.size());
        for (Claim claim : written) {
            Claim comparison = comparable.apply(claim);
            judged.add(comparison);
            Agreement agreement = Consensus.agreement(comparison.value(), best.value());
            if (agreement == Agreement.EXACT && (range(claim) || range(bestAsWritten))
                    && !sameSpan(comparison.value(), best.value())) {
                // "$5 million to $7 million" is no exact "$6 million", though the middle of its range is
                agreement = Agreement.ROUNDED;
            }
            placed.add(claim.withAgreement(agreement));
        }
        placed.sort(Comparator.comparing(Claim::agreement).thenComparing(c -> String.valueOf(c.source())));
        Claim consensus = bestAsWritten.withAgreement(Consensus.agreement(best.value(), best.value()));
        // "within 21 days" and "within three weeks": the same bound on the same amount once in one unit
        boolean toldAlike = judged.stream().map(c -> sameWords(c.value())).distinct().count() == 1;
        return new Judged(group, seed(group, best.value()), consensus, best.value(), placed, perSource.size(),
                verdict(perSource.size(), placed, toldAlike));
    }

    /**
     * Whether a claim states a range of an amount as written ("$5 million to $7 million", "aged 10 to 14"): two numbers
     * joined as a range's ends in its surface, and an interval whose width is not the power of ten a single figure's
     * rounding spans (times and dates have their own precisions).
     */
    private static boolean range(Claim claim) {
        Value v = claim.value();
        Kind kind = v.kind();
        boolean sized = kind == Kind.MONEY || kind == Kind.PERCENT || kind == Kind.COUNT || kind == Kind.QUANTITY
                || kind == Kind.AGE;
        if (!sized || v.bound() != Bound.EXACT || v.low() == null || v.high() == null || claim.quote() == null
                || claim.quote().surface() == null || !TWO_NUMBERS.matcher(claim.quote().surface()).find()) {
            return false;
        }
        BigDecimal width = v.high().subtract(v.low()).stripTrailingZeros();
        return width.signum() > 0 && !width.unscaledValue().equals(BigInteger.ONE);
    }

    /** Whether two values span the same interval. */
    private static boolean sameSpan(Value a, Value b) {
        return a.low() != null && b.low() != null && a.high() != null && b.high() != null
                && Span.same(a.low(), b.low()) && Span.same(a.high(), b.high());
    }

    private static String sentenceKey(Claim claim) {
        return claim.articleId() + "\u0000" + claim.quote().sentence();
    }

    /** Whether {@code other} is {@code claim}'s figure in another unit of its dimension, in the same sentence. */
    private static boolean converted(Claim claim, Claim other) {
        return claim != other && claim.value().kind() == Kind.QUANTITY && other.value().kind() == Kind.QUANTITY
                && Objects.equals(claim.articleId(), other.articleId()) && claim.quote() != null
                && other.quote() != null && Objects.equals(claim.quote().sentence(), other.quote().sentence())
                && !Objects.equals(claim.value().unit(), other.value().unit());
    }

    /** A year as a date of unknown day: January 1 to December 31 of it (dates are month·100 + day). */
    private static Value wholeYear(Value year) {
        return new Value(Kind.DATE, FIRST_DAY, null, year.amount().toPlainString(), Bound.APPROXIMATE, FIRST_DAY,
                LAST_DAY);
    }

    /** What identifies a fact within its story, stable as claims come: its frame, block, period and anchor. */
    private static String seed(List<Aligned> group, Value consensus) {
        Aligned first = group.get(0);
        String[] parties = parties(group);
        return String.join("|", first.block(), predicate(group), parties[0], parties[1],
                String.valueOf(first.period()), String.valueOf(first.hypothetical()),
                consensus.amount().toPlainString());
    }

    /**
     * The predicate most of the group's claims name, a named measure before a generic one ("funding" before
     * "amount"); ties go to the alphabetically first.
     */
    private static String predicate(List<Aligned> group) {
        String named = mostFrequent(group, a -> Predicates.isFallback(String.valueOf(a.claim().predicate()))
                ? null : a.claim().predicate());
        return named != null ? named : mostFrequent(group, a -> a.claim().predicate());
    }

    /**
     * Subject and second party: the pair the claims name together, else each party named most. A party written right
     * at its figure, or the teller of its own figure ("Tesla said it delivered 384,122 vehicles"), weighs twice one
     * found loosely in the sentence; a party one outlet names loosely, once, in a fact of three outlets or more
     * labels nothing ("Photo: Police tape surrounds the scene on Sunday" names no one the day is of).
     */
    private static String[] parties(List<Aligned> group) {
        long outlets = group.stream().map(Aligned::source).distinct().count();
        String pair = weighed(group, a -> a.hasSubject() && !a.object().isEmpty()
                ? a.subject() + "\t" + a.object() : null, outlets);
        if (pair != null) {
            return pair.split("\t", 2);
        }
        String subject = weighed(group, a -> a.hasSubject() ? a.subject() : null, outlets);
        String object = mostFrequent(group, a -> a.object().isEmpty() ? null : a.object());
        return new String[] {subject == null ? "" : subject, object == null ? "" : object};
    }

    /** The party the claims weigh most for ({@link #parties}), or null. */
    private static String weighed(List<Aligned> group, Function<Aligned, String> of, long outlets) {
        // each outlet counts once for a party, firmly or loosely
        Map<String, Map<String, Integer>> byParty = new HashMap<>();
        for (Aligned a : group) {
            String party = of.apply(a);
            if (party != null) {
                byParty.computeIfAbsent(party, k -> new HashMap<>()).merge(a.source(), firm(a) ? 2 : 1, Math::max);
            }
        }
        Map<String, Integer> weights = new HashMap<>();
        byParty.forEach((party, bySource) -> weights.put(party,
                bySource.values().stream().mapToInt(Integer::intValue).sum()));
        return weights.entrySet().stream()
                .filter(e -> e.getValue() >= 2 || outlets < 3)
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** A subject written right at its figure, or the teller of its own figure. */
    private static boolean firm(Aligned a) {
        Claim claim = a.claim();
        return a.anchored() || claim.attribution() != null && claim.subject() != null
                && claim.subject().equals(claim.attribution().source());
    }

    private static String mostFrequent(List<Aligned> group, Function<Aligned, String> of) {
        Map<String, Integer> counts = new HashMap<>();
        for (Aligned a : group) {
            String value = of.apply(a);
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** One claim per source: the narrowest interval, exact wording first, then the first written. */
    static List<Claim> mostPreciseBySource(List<Claim> group) {
        Map<String, Claim> best = new LinkedHashMap<>();
        for (Claim claim : group) {
            best.merge(String.valueOf(claim.source()), claim, FactBuilder::morePrecise);
        }
        return new ArrayList<>(best.values());
    }

    private static Claim morePrecise(Claim kept, Claim other) {
        int width = Span.compareWidth(other.value(), kept.value());
        if (width != 0) {
            return width < 0 ? other : kept;
        }
        boolean otherExact = other.value().bound() == Bound.EXACT && kept.value().bound() != Bound.EXACT;
        return otherExact ? other : kept;
    }

    /**
     * {@code placed}: every figure placed, a source's conversions beside its own; {@code toldAlike}: they bound the
     * same amount the same way, once in one unit ({@link #sameWords}).
     */
    private static Verdict verdict(int sources, List<Claim> placed, boolean toldAlike) {
        if (sources == 1) {
            return Verdict.SINGLE_SOURCE;
        }
        if (placed.stream().anyMatch(c -> c.agreement() == Agreement.DIFFERENT)) {
            return Verdict.CONFLICT;
        }
        boolean allExact = placed.stream().allMatch(c -> c.agreement() == Agreement.EXACT);
        // "about 60,000" twice, "at least five" twice: every source says the same thing the same way.
        return allExact || toldAlike ? Verdict.AGREE : Verdict.COMPATIBLE;
    }

    /**
     * A value as its words bound it, whatever noun counts it ("at most 100", "at most 100 homicides"); other kinds
     * keep their unit.
     */
    private static List<Object> sameWords(Value value) {
        // "around 90 percent" and "about nine in ten": one hedge on one amount, however wide each writer's digits;
        // "nearly" caps its amount where "about" does not. A date's span is its precision: "this month" is not
        // "earlier this month".
        boolean sized = value.kind() != Kind.DATE && value.kind() != Kind.YEAR && value.kind() != Kind.TIME;
        if (value.bound() == Bound.APPROXIMATE && sized) {
            return Arrays.asList(value.kind(), value.amount().stripTrailingZeros(), value.bound(),
                    value.high() != null && value.high().compareTo(value.amount()) == 0, value.currency(),
                    value.kind() == Kind.COUNT ? null : value.unit());
        }
        return Arrays.asList(value.kind(), value.amount().stripTrailingZeros(), value.bound(),
                value.low() == null ? null : value.low().stripTrailingZeros(),
                value.high() == null ? null : value.high().stripTrailingZeros(), value.currency(),
                value.kind() == Kind.COUNT ? null : value.unit());
    }

    private static Set<String> allNames(List<Claim> claims) {
        Set<String> names = new HashSet<>();
        for (Claim claim : claims) {
            names.add(claim.subject());
            names.add(claim.object());
        }
        names.remove(null);
        return names;
    }
}
