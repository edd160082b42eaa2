package io.corroborate.analysis.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.corroborate.api.Bound;
import io.corroborate.api.Claim;

/** Hash-groups claims into facts in linear time and keeps one claim per source. */
final class FactGrouping {

    private final NameKeys names;

    FactGrouping(NameKeys names) {
        this.names = names;
    }

    /**
     * Groups by fact key. A claim without subject (or object) joins the one group that differs only there,
     * since a headline often leaves out who or whom; with several candidates it stays on its own.
     */
    Map<FactKey, List<Claim>> group(List<Claim> claims) {
        Map<FactKey, List<Claim>> groups = new LinkedHashMap<>();
        List<FactKey> keys = new ArrayList<>();
        for (Claim claim : claims) {
            keys.add(FactKey.of(claim, names));
        }
        Map<FactKey, Set<String>> subjects = index(keys, true);
        Map<FactKey, Set<String>> objects = index(keys, false);
        for (int i = 0; i < claims.size(); i++) {
            FactKey key = Transactions.key(fillObject(fillSubject(keys.get(i), subjects), objects), claims.get(i));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(claims.get(i));
        }
        return groups;
    }

    /** One claim per source: the narrowest interval, exact wording first, then the first written. */
    static List<Claim> mostPreciseBySource(List<Claim> group) {
        Map<String, Claim> best = new LinkedHashMap<>();
        for (Claim claim : group) {
            best.merge(String.valueOf(claim.source()), claim, FactGrouping::morePrecise);
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

    private static Map<FactKey, Set<String>> index(List<FactKey> keys, boolean bySubject) {
        Map<FactKey, Set<String>> index = new HashMap<>();
        for (FactKey key : keys) {
            String name = bySubject ? key.subject() : key.object();
            if (!name.isEmpty() && !isPeriod(name)) {
                FactKey blank = bySubject ? key.withSubject("") : key.withObject("");
                index.computeIfAbsent(blank, k -> new HashSet<>()).add(name);
            }
        }
        return index;
    }

    /** A year standing in for the object marks another occasion; it is never filled in. */
    static boolean isPeriod(String name) {
        return name.length() == 4 && name.chars().allMatch(Character::isDigit);
    }

    private static FactKey fillSubject(FactKey key, Map<FactKey, Set<String>> subjects) {
        Set<String> options = key.subject().isEmpty() ? subjects.get(key) : null;
        return options != null && options.size() == 1 ? key.withSubject(options.iterator().next()) : key;
    }

    private static FactKey fillObject(FactKey key, Map<FactKey, Set<String>> objects) {
        Set<String> options = key.object().isEmpty() ? objects.get(key) : null;
        return options != null && options.size() == 1 ? key.withObject(options.iterator().next()) : key;
    }
}
