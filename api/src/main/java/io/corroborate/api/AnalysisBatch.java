package io.corroborate.api;

import java.util.List;

/** Internal: articles handed from ingest to analysis in one call; each is analysed, or refused, on its own. */
public record AnalysisBatch(List<AnalysisRequest> articles) {
}
