package io.corroborate.api;

/** Where an article is in the pipeline. */
public enum ArticleStatus {
    /** Stored by ingest; analysis is pending (delivery is retried until analysis accepts it). */
    RECEIVED,
    /** Claims extracted and the article placed in a story. */
    ANALYZED,
    /** Analysis rejected the article for good; {@code failureReason} says why. */
    FAILED
}
