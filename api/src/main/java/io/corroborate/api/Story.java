package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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
        List<StoryArticle> articles) {
}
