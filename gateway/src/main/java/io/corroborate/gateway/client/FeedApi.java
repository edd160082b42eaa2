package io.corroborate.gateway.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corroborate.api.Feed;
import io.corroborate.api.FeedSubscription;
import io.corroborate.api.Internal;

/** Ingest-service's feed API as the gateway calls it. */
@RegisterRestClient(configKey = "ingest")
@ClientHeaderParam(name = Internal.TOKEN_HEADER, value = "${corroborate.internal-token}")
@Path("/api/v1/feeds")
interface FeedApi {

    @POST
    RestResponse<Feed> subscribe(FeedSubscription subscription);

    @GET
    List<Feed> list();

    @DELETE
    @Path("/{id}")
    void delete(@PathParam("id") UUID id);
}
