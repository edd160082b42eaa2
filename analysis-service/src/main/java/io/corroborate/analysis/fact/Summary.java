package io.corroborate.analysis.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.corroborate.api.Agreement;
import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;
import io.corroborate.api.Verdict;

/** The one-line English summary of a fact: "3 sources: $14.3 billion; 1 rounds to $14 billion". */
final class Summary {

    private Summary() {
    }

    /**
     * {@code claims} carry their agreement; {@code consensus} is the claim the consensus came from; {@code sources}
     * counts the outlets, fewer than the claims when one converts its own figure ("26C (79F)").
     */
    static String of(Verdict verdict, Claim consensus, List<Claim> claims, int sources) {
        String headline = ValueText.hedged(consensus.value());
        if (verdict == Verdict.SINGLE_SOURCE) {
            return "1 source: " + headline;
        }
        if (verdict == Verdict.AGREE) {
            return sources + " sources agree: " + headline;
        }
        String lead = key(consensus);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(lead, 0);
        for (Agreement agreement : Agreement.values()) {
            claims.stream().filter(c -> c.agreement() == agreement)
                    .forEach(c -> counts.merge(sameCount(c, consensus) ? lead : key(c), 1, Integer::sum));
        }
        return join(counts, lead);
    }

    /**
     * Whether a claim counts exactly what the consensus counts, whatever noun it counts with ("3 workers" and "3
     * people" killed): told once, as the consensus is written.
     */
    private static boolean sameCount(Claim claim, Claim consensus) {
        return claim.agreement() == Agreement.EXACT && claim.value().kind() == Kind.COUNT
                && consensus.value().kind() == Kind.COUNT
                && claim.value().amount().compareTo(consensus.value().amount()) == 0;
    }

    private static String join(Map<String, Integer> counts, String first) {
        List<String> parts = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] split = key.split("\t", 2);
            boolean lead = key.equals(first);
            parts.add(lead ? phrase(count, "source", "sources") + ": " + split[1]
                    : count + " " + verb(Agreement.valueOf(split[0]), count) + split[1]);
        });
        return String.join("; ", parts);
    }

    private static String key(Claim claim) {
        Value value = claim.value();
        String agreement = claim.agreement() == null ? Agreement.EXACT.name() : claim.agreement().name();
        return agreement + "\t" + ValueText.hedged(value);
    }

    private static String verb(Agreement agreement, int count) {
        if (agreement == Agreement.ROUNDED) {
            return count == 1 ? "rounds to " : "round to ";
        }
        return count == 1 ? "says " : "say ";
    }

    private static String phrase(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
