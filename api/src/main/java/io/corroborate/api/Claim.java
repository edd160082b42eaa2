package io.corroborate.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure in a sentence with its meaning: who it is about, what it measures, and where it was written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A figure with its meaning and provenance. Inside a fact, `agreement` places the claim "
        + "against the fact's consensus. `attribution` says whom the sentence credits with the figure; `negated` "
        + "is true when the sentence denies it (\"did not pay $15 billion\", \"denied it paid $15 billion\"): "
        + "negated claims are listed with their article but never enter a fact.")
public record Claim(
        UUID id,
        UUID articleId,
        @Schema(example = "Daily Ledger") String source,
        @Schema(example = "Meta") String subject,
        @Schema(example = "investment") String predicate,
        @Schema(example = "Scale AI") String object,
        Value value,
        Quote quote,
        Attribution attribution,
        @Schema(description = "The sentence denies the figure", example = "false") boolean negated,
        @Schema(description = "Only inside a fact", example = "EXACT") Agreement agreement) {

    /** The same claim placed against a consensus. */
    public Claim withAgreement(Agreement newAgreement) {
        return new Claim(id, articleId, source, subject, predicate, object, value, quote, attribution, negated,
                newAgreement);
    }
}
