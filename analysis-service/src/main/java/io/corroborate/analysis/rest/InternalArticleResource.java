package io.corroborate.analysis.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.analysis.service.AnalysisService;
import io.corroborate.api.AnalysisBatch;
import io.corroborate.api.AnalysisBatchResult;
import io.corroborate.api.Internal;
import io.corroborate.commons.ProblemException;

/**
 * The hand-off from ingest, a batch at a time: idempotent per article id, so that at-least-once delivery is
 * exactly-once in effect. An article that can never be analysed is refused on its own; a failure that may pass
 * fails the call, and ingest delivers the whole batch again later.
 */
@Path(Internal.BASE_PATH + "/articles/batch")
@Tag(name = "Internal")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InternalArticleResource {

    private final AnalysisService analysis;

    public InternalArticleResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @POST
    @Operation(summary = "Analyse ingested articles (called by ingest-service)")
    public AnalysisBatchResult analyze(@NotNull AnalysisBatch batch) {
        if (batch.articles() == null || batch.articles().isEmpty()) {
            throw ProblemException.badRequest("articles must hold at least one article");
        }
        if (batch.articles().size() > Internal.MAX_HANDOFF_BATCH) {
            throw ProblemException.tooLarge("A batch holds at most " + Internal.MAX_HANDOFF_BATCH + " articles");
        }
        return new AnalysisBatchResult(analysis.analyzeAll(batch.articles()));
    }
}
