package io.corroborate.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored article; {@code text} is the cleaned main text that claim offsets refer to (absent in lists). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        UUID id,
        @Schema(example = "Daily Ledger") String source,
        String url,
        String title,
        String byline,
        OffsetDateTime publishedAt,
        @Schema(example = "en") String language,
        ArticleStatus status,
        @Schema(description = "Why analysis failed, when status is FAILED: a short reason (an incident id where the "
                + "details are in the service's log)") String failureReason,
        @Schema(description = "The problem type of the failure, when status is FAILED",
                example = "urn:corroborate:problem:unprocessable-value") String failureType,
        UUID storyId,
        UUID duplicateOf,
        OffsetDateTime receivedAt,
        @Schema(description = "Cleaned main text; absent in lists") String text) {

    /** The same article without its text, for lists. */
    public Article withoutText() {
        return new Article(id, source, url, title, byline, publishedAt, language, status, failureReason, failureType,
                storyId, duplicateOf, receivedAt, null);
    }

    /** The same article in another story: the one its story was merged into. */
    public Article withStory(UUID story) {
        return new Article(id, source, url, title, byline, publishedAt, language, status, failureReason, failureType,
                story, duplicateOf, receivedAt, text);
    }
}
