package io.corroborate.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing measured in a story, with every source's claim about it and the verdict. */
@Schema(description = "Claims of several sources about the same thing, aligned by a scored matching: what the figures "
        + "measure (lemmas, synonyms, derivations), the rare words and names of their sentences, their values and "
        + "their parties. Figures of different periods, hypothetical and actual figures, and counts of different "
        + "events never share a fact; quantities of one dimension compare after unit conversion. Each source counts "
        + "once, at its most precise claim. `subject`, `predicate` and `object` are what the claims name, a party "
        + "written right at its figure (or telling its own figure) weighing twice one found loosely; a fact about "
        + "the story's own event, or whose only party one outlet names loosely, has no subject.")
public record Fact(
        UUID id,
        @Schema(example = "Meta") String subject,
        @Schema(example = "investment") String predicate,
        @Schema(example = "Scale AI") String object,
        @Schema(example = "MONEY") Kind kind,
        @Schema(example = "COMPATIBLE") Verdict verdict,
        Value consensus,
        @Schema(example = "5") int sourceCount,
        @Schema(example = "3 sources: $14.3 billion; 1 rounds to $14 billion; 1 says approximately $15 billion")
        String summary,
        List<Claim> claims) {
}
