package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.api.Value;

/**
 * The keys of a story's claims in the inverted index of {@link GroupIndex}, each claim's worked out once for the
 * story: the keys a group is indexed under when the claim joins it, and the keys the claim looks its candidates up by.
 */
final class ClaimKeys {

    /**
     * At most this many value buckets per claim and side of zero: a range wider than that is indexed from its low end
     * up, one that reaches zero from its other end down.
     */
    private static final int MAX_BUCKETS = 12;
    private final Lexicon lexicon;
    private final StoryParties parties;
    private final Map<Aligned, List<String>> queryKeys = new IdentityHashMap<>();
    private final Map<Aligned, List<String>> indexKeys = new IdentityHashMap<>();

    ClaimKeys(Lexicon lexicon, StoryParties parties) {
        this.lexicon = lexicon;
        this.parties = parties;
    }

    /** The keys the claim finds its candidate groups by. */
    List<String> query(Aligned claim) {
        return queryKeys.computeIfAbsent(claim, c -> keys(c, true));
    }

    /** The keys a group the claim joins is indexed under. */
    List<String> index(Aligned claim) {
        return indexKeys.computeIfAbsent(claim, c -> keys(c, false));
    }

    /**
     * The keys a claim is found by and finds its candidates by: buckets of its value's interval on a log scale (a
     * quarter wide), its measure words' lemmas, families and WordNet synsets (with their derivations and hypernyms),
     * and the last words of its parties and of the names its sentence mentions. Any group a claim may join shares
     * a key with it: joining needs a compatible or near figure, or a like measure, or one party.
     */
    private List<String> keys(Aligned claim, boolean query) {
        List<String> keys = new ArrayList<>();
        Value v = claim.value();
        BigDecimal low = (v.low() == null ? v.amount() : v.low()).min(v.amount());
        BigDecimal high = (v.high() == null ? v.amount() : v.high()).max(v.amount());
        // Buckets of magnitude on each side of zero: "-10C" spans -15 to -5, magnitudes 5 to 15 below zero.
        if (low.signum() < 0) {
            buckets(keys, "-", high.signum() < 0 ? high.abs() : BigDecimal.ZERO, low.abs());
        }
        if (high.signum() >= 0) {
            buckets(keys, "", low.signum() > 0 ? low : BigDecimal.ZERO, high);
        }
        if (ValueRelations.precise(claim.claim().value())) {
            keys.add("x" + v.amount().stripTrailingZeros().toPlainString()); // found by any claim (see Evidence.preciseRepeat)
        }
        for (String word : claim.measure()) {
            Lexicon.Sense sense = lexicon.sense(word);
            keys.add("m" + sense.lemma());
            if (sense.family() != null) {
                keys.add("f" + sense.family());
            }
            sense.synsets().forEach(k -> keys.add("s" + k));
            if (query) {
                sense.derived().forEach(k -> keys.add("s" + k));
                sense.hypernyms().forEach(k -> keys.add("s" + k));
            } else {
                sense.derived().forEach(k -> keys.add("d" + k));
                sense.hypernyms().forEach(k -> keys.add("h" + k));
            }
        }
        if (query) {
            // What a group was indexed under by its derivations and hypernyms, found from the claim's synsets.
            for (String word : claim.measure()) {
                lexicon.sense(word).synsets().forEach(k -> {
                    keys.add("d" + k);
                    keys.add("h" + k);
                });
            }
        }
        for (String party : List.of(claim.subject(), claim.object())) {
            if (!party.isEmpty()) {
                keys.add("p" + parties.lookupKey(party));
            }
        }
        if (query) {
            claim.context().forEach(term -> keys.add("p" + StoryParties.last(term)));
        }
        return keys;
    }

    /** The buckets of the magnitudes {@code small} to {@code large}, one either side, at most {@link #MAX_BUCKETS}. */
    private static void buckets(List<String> keys, String sign, BigDecimal small, BigDecimal large) {
        int to = bucket(large) + 1;
        int from = small.signum() == 0 ? to - MAX_BUCKETS : bucket(small) - 1;
        to = Math.min(to, from + MAX_BUCKETS);
        for (int b = from; b <= to; b++) {
            keys.add("v" + sign + b);
        }
    }

    private static int bucket(BigDecimal amount) {
        double abs = Math.abs(amount.doubleValue());
        return abs < 1e-9 ? Integer.MIN_VALUE / 2 : (int) Math.floor(Math.log10(abs) * 10);
    }
}
