package io.corroborate.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.api.AnalyzeRequest;
import io.corroborate.api.AnalyzeResponse;
import io.corroborate.gateway.client.AnalysisClient;
import io.corroborate.gateway.security.Role;

/** Runs the claim extractor on any text; stores nothing, so reader keys may call it. */
@Path("/api/v1/analyze")
@Tag(name = "Analyze")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {

    private final AnalysisClient analysis;

    public AnalyzeResource(AnalysisClient analysis) {
        this.analysis = analysis;
    }

    @RolesAllowed(Role.READER_ROLE)
    @POST
    @Operation(summary = "Find the claims in a text without storing anything",
            description = "Each claim gives the figure normalized (`value`), who it is about (`subject`), what it "
                    + "measures (`predicate`), an optional second party (`object`) and where it was written "
                    + "(`quote` with offsets into the submitted text). `quantities` lists every quantity found "
                    + "(amounts, shares, counts, measures, ages, durations), framed as a claim or not, each with "
                    + "`claimed` saying whether a claim states it: \"The storm left 40,000 homes without power and "
                    + "dumped 12 inches of rain.\" gives both, though only the homes are a claim.")
    public AnalyzeResponse analyze(@Valid @NotNull AnalyzeRequest request) {
        return analysis.analyze(request);
    }
}
