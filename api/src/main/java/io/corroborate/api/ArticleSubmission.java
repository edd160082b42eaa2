package io.corroborate.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as a client submits it: exactly one of html or text, or neither with a url to fetch. */
@Schema(description = "An article to ingest. Give the content as exactly one of `html` or `text`, or give neither "
        + "and set `url`: the service then fetches it. Caller-supplied metadata wins over what is extracted.")
public record ArticleSubmission(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Daily Ledger") String source,
        @Size(max = 2048) @Schema(example = "https://ledger.example/tech/meta-scale") String url,
        @Size(max = 1000) @Schema(example = "Meta takes 49% of Scale AI") String title,
        @Schema(example = "2025-06-13T09:30:00Z") OffsetDateTime publishedAt,
        @Size(max = 16) @Schema(example = "en") String language,
        @Size(max = 300) @Schema(example = "Jane Roe") String byline,
        @Schema(description = "A whole HTML page; the main text is extracted") String html,
        @Schema(example = "Meta will invest $14.3 billion in Scale AI for a 49% stake.") String text) {
}
