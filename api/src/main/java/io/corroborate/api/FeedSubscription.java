package io.corroborate.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed to poll: every new entry is ingested as an article of {@code source}. */
public record FeedSubscription(
        @NotBlank @Size(max = 2048) @Schema(required = true, example = "https://ledger.example/rss.xml") String url,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Daily Ledger") String source,
        @Min(60) @Max(86_400) @Schema(description = "Seconds between polls (60 to 86400; default 900)",
                example = "900") Integer pollSeconds) {
}
