package io.corroborate.analysis.pipeline;

import java.util.UUID;

import io.corroborate.api.Attribution;
import io.corroborate.api.Claim;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/** A claim as extracted from text, before it is given an id, an article and a source. */
public record ClaimDraft(String subject, String predicate, String object, Value value, Quote quote,
        Attribution attribution, boolean negated) {

    /** The claim this draft becomes in an article of {@code source}. */
    public Claim toClaim(UUID id, UUID articleId, String source) {
        return new Claim(id, articleId, source, subject, predicate, object, value, quote, attribution, negated, null);
    }

    /** The same draft about another first party. */
    ClaimDraft withSubject(String newSubject) {
        return new ClaimDraft(newSubject, predicate, object, value, quote, attribution, negated);
    }

    /** The same draft about another second party. */
    ClaimDraft withObject(String newObject) {
        return new ClaimDraft(subject, predicate, newObject, value, quote, attribution, negated);
    }
}
