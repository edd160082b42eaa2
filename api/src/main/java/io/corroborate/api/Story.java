package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group of articles about the same event. */
public record Story(
        UUID id,
        String title,
        int articleCount,
        int sourceCount,
        int factCount,
        int conflictCount,
        OffsetDateTime firstPublished,
        OffsetDateTime lastPublished,
        List<StoryArticle> articles,
        @Schema(description = "Stories merged into this one when an article showed them to be the same event; "
                + "their ids keep answering with this story") List<UUID> mergedFrom) {
}
