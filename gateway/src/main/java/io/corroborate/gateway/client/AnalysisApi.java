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

import io.corroborate.api.AnalyzeRequest;
import io.corroborate.api.AnalyzeResponse;
import io.corroborate.api.Claim;
import io.corroborate.api.Internal;
import io.corroborate.api.Page;
import io.corroborate.api.Story;
import io.corroborate.api.StorySummary;

/** Analysis-service's API as the gateway calls it. */
@RegisterRestClient(configKey = "analysis")
@ClientHeaderParam(name = Internal.TOKEN_HEADER, value = "${corroborate.internal-token}")
@Path("/api/v1")
interface AnalysisApi {

    @GET
    @Path("/stories")
    Page<StorySummary> stories(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/stories")
    @Produces(MediaType.APPLICATION_JSON)
    String storiesJson(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/stories/{id}")
    Story story(@PathParam("id") UUID id);

    @GET
    @Path("/stories/{id}/comparison")
    @Produces(MediaType.APPLICATION_JSON)
    String comparisonJson(@PathParam("id") UUID id);

    @GET
    @Path("/articles/{id}/claims")
    List<Claim> claims(@PathParam("id") UUID id);

    @POST
    @Path("/analyze")
    AnalyzeResponse analyze(AnalyzeRequest request);
}
