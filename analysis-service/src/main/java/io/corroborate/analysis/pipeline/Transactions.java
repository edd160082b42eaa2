package io.corroborate.analysis.pipeline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Quote;

/** Money changing hands between two parties is one fact however outlets word it: "acquire", "pay", "deal". */
final class Transactions {

    static final String FAMILY = "transaction";

    private Transactions() {
    }

    /**
     * The key every wording of a transaction shares: its two parties as an unordered pair. A year in the
     * claim's clause ("acquired Pinecrest in 2012") marks another occasion, so it stays part of the key.
     */
    static FactKey key(FactKey key, Claim claim) {
        boolean pair = !key.subject().isEmpty() && !key.object().isEmpty() && !FactGrouping.isPeriod(key.object());
        if (key.kind() != Kind.MONEY || !pair || !Predicates.TRANSACTIONS.contains(key.predicate())) {
            return key;
        }
        boolean ordered = key.subject().compareTo(key.object()) <= 0;
        String period = periodOf(claim.quote(), key.kind());
        String unit = period == null ? key.unit() : key.unit() + "|" + period;
        return new FactKey(Kind.MONEY, FAMILY, ordered ? key.subject() : key.object(),
                ordered ? key.object() : key.subject(), unit);
    }

    /** What the fact shows: the predicate and the buyer-first order most of its sources wrote. */
    static Frame shown(List<Claim> claims, NameKeys names) {
        Map<String, Integer> predicates = new HashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        for (Claim claim : claims) {
            predicates.merge(Predicates.canonical(claim.predicate()), 1, Integer::sum);
            if (claim.subject() != null && claim.object() != null) {
                orders.merge(names.key(claim.subject()) + "\t" + names.key(claim.object()), 1, Integer::sum);
            }
        }
        String[] order = mostFrequent(orders).split("\t", 2);
        return new Frame(names.display(order[0]), mostFrequent(predicates), names.display(order[1]));
    }

    /** The most frequent entry; ties go to the alphabetically first so the answer never depends on order. */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse("\t");
    }

    private static String periodOf(Quote quote, Kind kind) {
        if (quote == null || quote.sentence() == null || quote.surface() == null) {
            return null;
        }
        int start = Math.max(0, quote.sentence().indexOf(quote.surface()));
        return Period.of(quote.sentence(), start, start + quote.surface().length(), kind);
    }
}
