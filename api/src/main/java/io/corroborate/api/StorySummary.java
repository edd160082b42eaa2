package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story as listed: counts that say at a glance where sources part ways. */
public record StorySummary(
        UUID id,
        @Schema(example = "Meta takes 49% of Scale AI") String title,
        int articleCount,
        int sourceCount,
        int factCount,
        int conflictCount,
        OffsetDateTime firstPublished,
        OffsetDateTime lastPublished) {
}
