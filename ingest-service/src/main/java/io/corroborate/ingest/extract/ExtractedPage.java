package io.corroborate.ingest.extract;

import java.time.OffsetDateTime;

/** The main text and metadata extracted from one article page; any field but {@code text} may be null. */
public record ExtractedPage(
        String text,
        String title,
        String byline,
        OffsetDateTime publishedAt,
        String siteName,
        String canonicalUrl,
        String language) {

    static ExtractedPage empty() {
        return new ExtractedPage("", null, null, null, null, null, null);
    }
}
