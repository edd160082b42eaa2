package io.corroborate.gateway.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corroborate.api.Article;
import io.corroborate.api.ArticleReceipt;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.api.Internal;
import io.corroborate.api.Page;

/** Ingest-service's API as the gateway calls it. */
@RegisterRestClient(configKey = "ingest")
@ClientHeaderParam(name = Internal.TOKEN_HEADER, value = "${corroborate.internal-token}")
@Path("/api/v1/articles")
interface IngestApi {

    @POST
    RestResponse<ArticleReceipt> submit(ArticleSubmission submission);

    @POST
    @Path("/batch")
    List<BatchItemResult> submitBatch(List<ArticleSubmission> submissions);

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    String getJson(@PathParam("id") UUID id);

    @GET
    Page<Article> list(@QueryParam("source") String source, @QueryParam("storyId") List<UUID> storyIds,
            @QueryParam("page") int page, @QueryParam("size") int size);
}
