package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Internal: an ingested article handed from ingest to analysis. Delivery is at-least-once; analysis is idempotent.
 * A near-duplicate ({@code duplicateOf} set) joins its original's story but adds no claims: it is not an
 * independent source. {@code traceParent} (W3C) is the trace of the submission, continued by analysis.
 */
public record AnalysisRequest(
        UUID articleId,
        String source,
        String url,
        String title,
        OffsetDateTime publishedAt,
        String language,
        UUID duplicateOf,
        String text,
        String traceParent) {
}
