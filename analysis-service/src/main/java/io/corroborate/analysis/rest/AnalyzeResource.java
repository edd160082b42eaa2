package io.corroborate.analysis.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.analysis.service.ClaimFinder;
import io.corroborate.analysis.service.FigureFinder;
import io.corroborate.api.AnalyzeRequest;
import io.corroborate.api.AnalyzeResponse;
import io.corroborate.api.Claim;

/** Runs the claim extractor on any text without storing anything; answers the claims and every figure found. */
@Path("/api/v1/analyze")
@Tag(name = "Analyze")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final ClaimFinder claims;
    private final FigureFinder figures;

    public AnalyzeResource(ClaimFinder claims, FigureFinder figures) {
        this.claims = claims;
        this.figures = figures;
    }

    @POST
    public AnalyzeResponse analyze(@Valid @NotNull AnalyzeRequest request) {
        // No article id: the claims are not stored, and nothing can refer to them later.
        List<Claim> found = claims.find(null, request.source(), request.text(), request.publishedAt());
        return new AnalyzeResponse(found, figures.find(request.text(), found));
    }
}
