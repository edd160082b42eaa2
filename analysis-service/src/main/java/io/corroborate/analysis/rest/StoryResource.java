package io.corroborate.analysis.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.analysis.service.StoryQueries;
import io.corroborate.api.Page;
import io.corroborate.api.Story;
import io.corroborate.api.StorySummary;
import io.corroborate.commons.ProblemException;

/** Stories and their comparisons (internal; the gateway is the public door). */
@Path("/api/v1/stories")
@Tag(name = "Stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final StoryQueries queries;

    public StoryResource(StoryQueries queries) {
        this.queries = queries;
    }

    @GET
    public Page<StorySummary> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.list(page, size);
    }

    @GET
    @Path("/{id}")
    public Story get(@PathParam("id") UUID id) {
        return queries.story(id).orElseThrow(() -> ProblemException.notFound("No story " + id));
    }

    /** The stored comparison, passed through as JSON text: no rebuild and no re-serialization on a read. */
    @GET
    @Path("/{id}/comparison")
    public String comparison(@PathParam("id") UUID id) {
        return queries.comparisonJson(id).orElseThrow(() -> ProblemException.notFound("No story " + id));
    }
}
