package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An article as a member of a story. */
public record StoryArticle(UUID id, String source, String title, String url, OffsetDateTime publishedAt,
        int claimCount) {
}
