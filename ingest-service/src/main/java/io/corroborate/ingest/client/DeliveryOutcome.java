package io.corroborate.ingest.client;

import io.corroborate.api.AnalysisResult;

/** What became of one delivery: accepted, refused for good (a 4xx), or failed for now (retry later). */
public sealed interface DeliveryOutcome {

    /** Analysis stored the article. */
    record Accepted(AnalysisResult result) implements DeliveryOutcome {
    }

    /**
     * Analysis refused the article; retrying would not help. {@code type} is the problem type of the refusal (null from
     * a service that gives none), {@code reason} a short public reason.
     */
    record Refused(String type, String reason) implements DeliveryOutcome {
    }

    /** Analysis could not be reached or failed; retry with back-off. */
    record Failed(String error) implements DeliveryOutcome {
    }
}
