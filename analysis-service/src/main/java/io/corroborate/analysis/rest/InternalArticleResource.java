package io.corroborate.analysis.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.analysis.service.AnalysisService;
import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.AnalysisResult;
import io.corroborate.api.Internal;
import io.corroborate.commons.ProblemException;

/** The hand-off from ingest: idempotent per article id, so that at-least-once delivery is exactly-once in effect. */
@Path(Internal.BASE_PATH + "/articles")
@Tag(name = "Internal")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InternalArticleResource {

    private final AnalysisService analysis;

    public InternalArticleResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @POST
    @Operation(summary = "Analyse an ingested article (called by ingest-service)")
    public AnalysisResult analyze(@Valid @NotNull AnalysisRequest request) {
        if (request.articleId() == null || request.source() == null || request.text() == null) {
            throw ProblemException.badRequest("articleId, source and text are required");
        }
        return analysis.analyze(request);
    }
}
