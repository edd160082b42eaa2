package io.corroborate.analysis.pipeline;

import java.util.Locale;

import io.corroborate.api.Claim;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/** What makes two claims the same fact: kind, predicate family, subject, object and unit or currency. */
record FactKey(Kind kind, String predicate, String subject, String object, String unit) {

    /** The key of a claim, names resolved through the story's name keys. */
    static FactKey of(Claim claim, NameKeys names) {
        Value value = claim.value();
        String predicate = family(claim.predicate(), value.kind());
        return new FactKey(value.kind(), predicate, names.key(claim.subject()), names.key(claim.object()),
                unitOf(value, predicate));
    }

    FactKey withSubject(String newSubject) {
        return new FactKey(kind, predicate, newSubject, object, unit);
    }

    FactKey withObject(String newObject) {
        return new FactKey(kind, predicate, subject, newObject, unit);
    }

    /** Stable text of the key, the seed of the fact's id. */
    String text() {
        return String.join("|", kind.name(), predicate, subject, object, unit);
    }

    private static String family(String predicate, Kind kind) {
        if (predicate == null || predicate.isBlank()) {
            return Predicates.fallback(kind);
        }
        return Predicates.canonical(predicate);
    }

    private static String unitOf(Value value, String predicate) {
        if (value.kind() == Kind.YEAR && predicate.equals(Predicates.fallback(Kind.YEAR))) {
            // A bare "in 2025" dates something rather than measuring it: each year is its own fact, never a conflict.
            return value.amount().toPlainString();
        }
        String unit = value.kind() == Kind.MONEY ? value.currency() : value.unit();
        return unit == null ? "" : unit.toLowerCase(Locale.ROOT);
    }
}
