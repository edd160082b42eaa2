package io.corroborate.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a submission answers: the article's id, its status, and the original it duplicates if any. */
@Schema(description = "`duplicateOf` is set when the article is a near-duplicate (syndicated copy, light rewrite) "
        + "of an earlier one; the exact same article answers 200 with the existing id instead.")
public record ArticleReceipt(UUID id, @Schema(example = "RECEIVED") ArticleStatus status, UUID duplicateOf) {
}
