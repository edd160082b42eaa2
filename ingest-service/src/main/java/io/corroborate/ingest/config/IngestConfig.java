package io.corroborate.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of what ingest accepts, and how it delivers articles to analysis. */
@ConfigMapping(prefix = "corroborate.ingest")
public interface IngestConfig {

    /** Largest cleaned or submitted text, in characters. */
    @WithDefault("1000000")
    int maxTextChars();

    /** Largest submitted HTML page, in characters. */
    @WithDefault("5000000")
    int maxHtmlChars();

    /** Most articles in one batch request. */
    @WithDefault("100")
    int maxBatchSize();

    /**
     * Most articles of one batch request that are fetched by URL: fetched {@link #batchFetches()} at a time within
     * the fetch time budget each, a full batch is answered well within the gateway's two minutes.
     */
    @WithDefault("40")
    int maxBatchUrls();

    /** Pages of one batch request fetched at once. */
    @WithDefault("8")
    int batchFetches();

    Delivery delivery();

    /** The outbox: at-least-once delivery to analysis with back-off. */
    interface Delivery {

        /** How often the worker looks for due entries (it is also woken by each submission). */
        @WithDefault("1s")
        String interval();

        /** Hand-off calls in flight at once (analysis extracts claims in parallel; story updates serialize there). */
        @WithDefault("2")
        int concurrency();

        /** Most outbox entries claimed in one round. */
        @WithDefault("100")
        int batchSize();

        /** Most articles in one hand-off call (at most 100, what analysis accepts). */
        @WithDefault("50")
        int handOffSize();

        /** How long a claimed entry is hidden from other workers while it is being delivered. */
        @WithDefault("PT60S")
        Duration lease();

        /** First retry delay; doubled on each failure up to {@link #maxBackoff()}. */
        @WithDefault("PT1S")
        Duration initialBackoff();

        @WithDefault("PT5M")
        Duration maxBackoff();
    }
}
