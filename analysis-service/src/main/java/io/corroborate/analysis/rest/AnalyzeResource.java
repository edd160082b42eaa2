package io.corroborate.analysis.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.analysis.service.ClaimFinder;
import io.corroborate.api.AnalyzeRequest;
import io.corroborate.api.AnalyzeResponse;

/** Runs the claim extractor on any text without storing anything. */
@Path("/api/v1/analyze")
@Tag(name = "Analyze")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final ClaimFinder claims;

    public AnalyzeResource(ClaimFinder claims) {
        this.claims = claims;
    }

    @POST
    public AnalyzeResponse analyze(@Valid @NotNull AnalyzeRequest request) {
        // No article id: the claims are not stored, and nothing can refer to them later.
        return new AnalyzeResponse(claims.find(null, request.source(), request.text()));
    }
}
