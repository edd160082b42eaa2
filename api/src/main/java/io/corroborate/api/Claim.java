package io.corroborate.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure in a sentence with its meaning: who it is about, what it measures, and where it was written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A figure with its meaning and provenance. Inside a fact, `agreement` places the claim "
        + "against the fact's consensus. `attribution` says whom the sentence credits with the figure; `negated` "
        + "is true when the sentence denies it (\"did not pay $15 billion\", \"denied it paid $15 billion\"): "
        + "negated claims are listed with their article but never enter a fact. `measure` names what the figure "
        + "measures (the lemmas of the words governing it, nearest first: \"people wound\" for \"5 people were "
        + "wounded\"); `period` the period its clause is dated to (\"2024\", \"last year\"); `hypothetical` is true "
        + "for a modal or conditional figure (\"could reach\", \"if approved\"). Figures of different periods or "
        + "of different hypothetical status never share a fact.")
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
        @Schema(description = "Only inside a fact", example = "EXACT") Agreement agreement,
        @Schema(description = "What the figure measures: lemmas of its governing words, nearest first",
                example = "stake") String measure,
        @Schema(description = "The period the figure's clause is dated to", example = "2025") String period,
        @Schema(description = "A modal or conditional figure", example = "false") boolean hypothetical,
        @JsonIgnore @Schema(hidden = true) List<String> context,
        @JsonIgnore @Schema(hidden = true) boolean anchored) {

    /** A claim framed by its caller, who names its subject deliberately: the subject is anchored. */
    public Claim(UUID id, UUID articleId, String source, String subject, String predicate, String object,
            Value value, Quote quote, Attribution attribution, boolean negated) {
        this(id, articleId, source, subject, predicate, object, value, quote, attribution, negated, null, null, null,
                false, List.of(), subject != null);
    }

    /** The same claim with its value in another unit, for comparing. */
    public Claim withValue(Value newValue) {
        return new Claim(id, articleId, source, subject, predicate, object, newValue, quote, attribution, negated,
                agreement, measure, period, hypothetical, context, anchored);
    }

    /** The same claim placed against a consensus. */
    public Claim withAgreement(Agreement newAgreement) {
        return new Claim(id, articleId, source, subject, predicate, object, value, quote, attribution, negated,
                newAgreement, measure, period, hypothetical, context, anchored);
    }

    /**
     * The same claim with what it measures, its period, its status and its context words. {@code anchored} (not
     * serialized) says the subject is written right at the figure ("Orbital will invest $3 billion", "Helio's 1,200
     * employees") rather than found further off; alignment lets only anchored subjects keep two figures apart.
     */
    public Claim withFrame(String newMeasure, String newPeriod, boolean isHypothetical, List<String> newContext) {
        return new Claim(id, articleId, source, subject, predicate, object, value, quote, attribution, negated,
                agreement, newMeasure, newPeriod, isHypothetical, newContext == null ? List.of() : newContext, anchored);
    }
}
