package io.corroborate.analysis.claim;

import java.util.List;
import java.util.UUID;

import io.corroborate.api.Attribution;
import io.corroborate.api.Claim;
import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/**
 * A claim as extracted from text, before it is given an id, an article and a source: the frame (subject, predicate,
 * object), what the figure measures (lemmas, nearest first), its period, whether it is hypothetical, and the
 * context words alignment weighs.
 */
public record ClaimDraft(String subject, String predicate, String object, Value value, Quote quote,
        Attribution attribution, boolean negated, List<String> measure, String period, boolean hypothetical,
        List<String> context, boolean anchored) {

    /** The claim this draft becomes in an article of {@code source}. */
    public Claim toClaim(UUID id, UUID articleId, String source) {
        return new Claim(id, articleId, source, subject, predicate, object, value, quote, attribution, negated, null,
                String.join(" ", measure), period, hypothetical, context, anchored);
    }

    /** The same draft about another first party. */
    ClaimDraft withSubject(String newSubject) {
        return new ClaimDraft(newSubject, predicate, object, value, quote, attribution, negated, measure, period,
                hypothetical, context, false);
    }

    /** The same draft measuring what another figure measures. */
    ClaimDraft withMeasure(List<String> newMeasure, String newPredicate) {
        return new ClaimDraft(subject, newPredicate, object, value, quote, attribution, negated, newMeasure, period,
                hypothetical, context, anchored);
    }

    /** The same draft in the article's own voice: no one is credited with it. */
    ClaimDraft unattributed() {
        return new ClaimDraft(subject, predicate, object, value, quote, null, negated, measure, period, hypothetical,
                context, anchored);
    }

    /** The same draft about another second party. */
    ClaimDraft withObject(String newObject) {
        return new ClaimDraft(subject, predicate, newObject, value, quote, attribution, negated, measure, period,
                hypothetical, context, anchored);
    }
}
