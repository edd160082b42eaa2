package io.corroborate.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing measured in a story, with every source's claim about it and the verdict. */
@Schema(description = "Claims of several sources about the same thing (same subject, predicate family, object and kind).")
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
