package io.corroborate.api;

import java.util.List;

/** Internal: one outcome per article of an {@link AnalysisBatch}, in its order. */
public record AnalysisBatchResult(List<AnalysisOutcome> outcomes) {
}
