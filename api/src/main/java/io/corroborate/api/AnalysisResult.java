package io.corroborate.api;

import java.util.UUID;

/** Internal: what analysis answers for a delivered article. */
public record AnalysisResult(UUID articleId, UUID storyId, int claimCount) {
}
