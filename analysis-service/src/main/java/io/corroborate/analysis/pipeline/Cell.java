package io.corroborate.analysis.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.corroborate.api.Claim;
import io.corroborate.api.Value;

/** Claims under one fact key whose figures fit together; the first claim is the most precise, its anchor. */
record Cell(FactKey key, List<Claim> claims) {

    Value anchorValue() {
        return claims.get(0).value();
    }

    BigDecimal anchor() {
        return anchorValue().amount();
    }

    Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        claims.forEach(c -> sources.add(String.valueOf(c.source())));
        return sources;
    }

    /** How many of subject, object and a specific predicate the key names. */
    int strength() {
        return (key.subject().isEmpty() ? 0 : 1) + (key.object().isEmpty() ? 0 : 1) + (generic() ? 0 : 1);
    }

    boolean generic() {
        return key.predicate().equals(Predicates.fallback(key.kind()));
    }
}
