package io.corroborate.analysis.pipeline;

import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/** A claim as extracted from text, before it is given an id, an article and a source. */
public record ClaimDraft(String subject, String predicate, String object, Value value, Quote quote) {
}
