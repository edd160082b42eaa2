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
        @Schema(description = "When the text was published, if known: its relative dates (\"last week\", "
                + "\"yesterday\") are then read as the days they name, on the calendar day of this timestamp's own "
                + "offset; without it they are not claims.", example = "2025-06-13T09:30:00Z")
        OffsetDateTime publishedAt) {
}
