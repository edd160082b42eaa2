package io.corroborate.ingest.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.api.Article;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.api.Page;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.service.ArticleQueries;
import io.corroborate.ingest.service.BatchIngest;
import io.corroborate.ingest.service.IngestService;
import io.corroborate.ingest.service.Submitted;

/** Articles as ingest stores them (internal; the gateway is the public door). */
@Path("/api/v1/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestService ingest;
    private final BatchIngest batch;
    private final ArticleQueries queries;

    public ArticleResource(IngestService ingest, BatchIngest batch, ArticleQueries queries) {
        this.ingest = ingest;
        this.batch = batch;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid @NotNull ArticleSubmission submission, @Context UriInfo uri) {
        Submitted submitted = ingest.submit(submission);
        Response.ResponseBuilder response = submitted.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/articles/{id}")
                        .build(submitted.receipt().id()))
                : Response.ok();
        return response.entity(submitted.receipt()).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BatchItemResult> submitBatch(@NotNull List<ArticleSubmission> submissions) {
        return batch.submitAll(submissions);
    }

    @GET
    @Path("/{id}")
    public Article get(@PathParam("id") UUID id) {
        return queries.find(id).orElseThrow(() -> ProblemException.notFound("No article " + id));
    }

    @GET
    public Page<Article> list(@QueryParam("source") String source, @QueryParam("storyId") List<UUID> storyIds,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.list(source, storyIds, page, size);
    }
}
