package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A polled feed and how polling goes: BROKEN after repeated failures, polled then at a growing interval. */
public record Feed(
        UUID id,
        String url,
        String source,
        int pollSeconds,
        @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "BROKEN"}) String status,
        @Schema(description = "Consecutive failed polls") int failures,
        String lastError,
        OffsetDateTime lastPolledAt,
        OffsetDateTime nextPollAt,
        @Schema(description = "Entries taken from the feed so far") int entriesSeen) {
}
