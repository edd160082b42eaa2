package io.corroborate.ingest.service;

import java.time.OffsetDateTime;

/** A submission turned into what is stored: cleaned text, merged metadata, and its duplicate keys (minhash null
 * when the text is too short for near-duplicate detection). */
public record PreparedArticle(
        String source,
        String url,
        String urlKey,
        String title,
        String byline,
        OffsetDateTime publishedAt,
        String language,
        String text,
        String textHash,
        long[] minhash) {
}
