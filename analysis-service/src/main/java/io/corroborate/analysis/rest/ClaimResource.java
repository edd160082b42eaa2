package io.corroborate.analysis.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.analysis.service.StoryQueries;
import io.corroborate.api.Claim;
import io.corroborate.commons.ProblemException;

/** The claims of one analysed article. */
@Path("/api/v1/articles/{id}/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final StoryQueries queries;

    public ClaimResource(StoryQueries queries) {
        this.queries = queries;
    }

    @GET
    public List<Claim> claims(@PathParam("id") UUID id) {
        return queries.claimsOf(id).orElseThrow(() -> ProblemException.notFound("Article " + id
                + " has not been analysed"));
    }
}
