package io.corroborate.ingest.service;

import java.time.OffsetDateTime;

/** A submission turned into what is stored: cleaned text, merged metadata, and its duplicate keys. */
public record PreparedArticle(
        String source,
        String url,
        String urlKey,
        String title,
        String byline,
        OffsetDateTime publishedAt,
        String language,
        String text,
        String textHash) {
}
