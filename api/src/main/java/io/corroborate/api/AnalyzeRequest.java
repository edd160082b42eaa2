package io.corroborate.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to run the claim extractor on, without storing anything. */
public record AnalyzeRequest(
        @NotBlank @Size(max = 200_000)
        @Schema(required = true, example = "Meta's $14.3 billion investment gives it a 49% stake in Scale AI.")
        String text,
        @Size(max = 200) @Schema(example = "Daily Ledger") String source,
        OffsetDateTime publishedAt) {
}
