package io.corroborate.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corroborate.api.Article;
import io.corroborate.api.ArticleReceipt;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.api.Claim;
import io.corroborate.api.Page;
import io.corroborate.api.Problem;
import io.corroborate.commons.ProblemException;
import io.corroborate.commons.Problems;
import io.corroborate.gateway.client.AnalysisClient;
import io.corroborate.gateway.client.IngestClient;
import io.corroborate.gateway.client.ServiceUnavailableException;
import io.corroborate.gateway.security.Role;

/** Submitting articles and reading them back. */
@Path("/api/v1/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestClient ingest;
    private final AnalysisClient analysis;
    private final ObjectMapper json;

    public ArticleResource(IngestClient ingest, AnalysisClient analysis, ObjectMapper json) {
        this.ingest = ingest;
        this.analysis = analysis;
        this.json = json;
    }

    @RolesAllowed(Role.WRITER_ROLE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an article",
            description = "Give the content as exactly one of `html` or `text`, or neither with `url` set (the page is "
                    + "then fetched). The same article (same URL or same normalized text) answers 200 with the "
                    + "existing id; a new one answers 201 with its Location. Analysis follows asynchronously: poll "
                    + "the article until `status` is ANALYZED.")
    @APIResponse(responseCode = "201", description = "Stored; analysis pending",
            content = @Content(schema = @Schema(implementation = ArticleReceipt.class)))
    @APIResponse(responseCode = "200", description = "Already ingested: the existing article",
            content = @Content(schema = @Schema(implementation = ArticleReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid submission",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No article text found, or the URL could not be fetched",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Valid @NotNull ArticleSubmission submission, @Context UriInfo uri) {
        RestResponse<ArticleReceipt> answer = ingest.submit(submission);
        ArticleReceipt receipt = answer.getEntity();
        return (answer.getStatus() == 201
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/articles/{id}").build(receipt.id()))
                : Response.ok()).entity(receipt).build();
    }

    @RolesAllowed(Role.WRITER_ROLE)
    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @Operation(summary = "Submit a raw HTML page or plain text",
            description = "The body is the page or the text; metadata comes as query parameters.")
    @APIResponse(responseCode = "201", description = "Stored; analysis pending")
    @APIResponse(responseCode = "200", description = "Already ingested: the existing article")
    public Response submitRaw(String body, @Context HttpHeaders headers,
            @QueryParam("source") @NotNull @Size(min = 1, max = 200) String source,
            @QueryParam("url") String url, @QueryParam("title") String title,
            @QueryParam("publishedAt") String publishedAt, @Context UriInfo uri) {
        boolean html = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE);
        ArticleSubmission submission = new ArticleSubmission(source, url, title, parseTime(publishedAt), null, null,
                html ? body : null, html ? null : body);
        return submit(submission, uri);
    }

    @RolesAllowed(Role.WRITER_ROLE)
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit up to 100 articles",
            description = "Each item is handled as if sent alone: the answer lists, in order, a receipt (status 201 "
                    + "or 200) or a problem (its status) per item. One bad item spoils nothing else.")
    public List<BatchItemResult> submitBatch(@NotNull @Size(max = 100) List<ArticleSubmission> submissions) {
        return ingest.submitBatch(submissions);
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its cleaned text", description = "Claim offsets refer to `text`.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = Article.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String get(@PathParam("id") UUID id) {
        String article = ingest.articleJson(id);
        // Ingest keeps the story the article was placed in; analysis may since have merged that story into another.
        // The article names the story it belongs to now (a story merged away answers with its survivor).
        try {
            JsonNode tree = json.readTree(article);
            String placed = tree.path("storyId").asText("");
            if (placed.isEmpty()) {
                return article;
            }
            UUID current = analysis.currentStory(UUID.fromString(placed));
            if (current.toString().equals(placed)) {
                return article;
            }
            ((ObjectNode) tree).put("storyId", current.toString());
            return json.writeValueAsString(tree);
        } catch (ServiceUnavailableException | FaultToleranceException e) {
            return article; // analysis down: the article is still readable, with the story it was placed in
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return article; // not ours to judge: ingest's answer as it is
        }
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Operation(summary = "Articles, newest first, optionally by source or story (without their text)",
            description = "By story: the story's articles, including those of stories merged into it.")
    public Page<Article> list(@QueryParam("source") String source, @QueryParam("storyId") UUID storyId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        // Analysis owns story membership: a merged story's articles still carry its old id at ingest.
        List<UUID> stories = storyId == null ? null : analysis.storyIds(storyId);
        Page<Article> found = ingest.articles(source, stories, page, size);
        if (stories == null || stories.size() < 2) {
            return found;
        }
        // Articles of the stories merged into it belong to the survivor now: they name it.
        return new Page<>(found.items().stream().map(a -> a.withStory(stories.get(0))).toList(), found.page(),
                found.size(), found.total());
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Path("/{id}/claims")
    @Operation(summary = "The claims found in an article", description = "404 until the article is ANALYZED.")
    public List<Claim> claims(@PathParam("id") UUID id) {
        return analysis.claims(id);
    }

    private static OffsetDateTime parseTime(String text) {
        try {
            return text == null || text.isBlank() ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("publishedAt must be an ISO-8601 date-time with offset");
        }
    }
}
