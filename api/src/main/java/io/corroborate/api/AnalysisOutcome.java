package io.corroborate.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Internal: what became of one delivered article: its {@code result}, or the reason analysis {@code refused} it for
 * good (retrying would not help) with the problem type of that refusal ({@code refusedType}, a
 * {@code urn:corroborate:problem:} type). A failure that may pass (a database outage) fails the whole call instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisOutcome(UUID articleId, AnalysisResult result, String refused, String refusedType) {

    public static AnalysisOutcome accepted(AnalysisResult result) {
        return new AnalysisOutcome(result.articleId(), result, null, null);
    }

    public static AnalysisOutcome refused(UUID articleId, String type, String reason) {
        return new AnalysisOutcome(articleId, null, reason, type);
    }
}
