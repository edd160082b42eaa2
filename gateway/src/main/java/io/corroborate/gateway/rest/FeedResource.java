package io.corroborate.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.corroborate.api.Feed;
import io.corroborate.api.FeedSubscription;
import io.corroborate.gateway.client.FeedClient;
import io.corroborate.gateway.security.Role;

/** RSS 2.0 and Atom feeds polled on schedule; each new entry is ingested as an article. */
@Path("/api/v1/feeds")
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedClient feeds;

    public FeedResource(FeedClient feeds) {
        this.feeds = feeds;
    }

    @RolesAllowed(Role.WRITER_ROLE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a feed",
            description = "Polled every `pollSeconds` (default 900) with conditional GETs; each entry not seen "
                    + "before is ingested once (its page fetched, or its own content when the page cannot be). A "
                    + "feed that keeps failing is marked BROKEN and polled after a growing pause.")
    @APIResponse(responseCode = "201", description = "Subscribed")
    @APIResponse(responseCode = "200", description = "Already subscribed: the existing feed")
    public Response subscribe(@Valid @NotNull FeedSubscription subscription, @Context UriInfo uri) {
        RestResponse<Feed> answer = feeds.subscribe(subscription);
        Feed feed = answer.getEntity();
        return (answer.getStatus() == 201
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/feeds/{id}").build(feed.id()))
                : Response.ok()).entity(feed).build();
    }

    @RolesAllowed(Role.READER_ROLE)
    @GET
    @Operation(summary = "Subscribed feeds with their polling state")
    public List<Feed> list() {
        return feeds.list();
    }

    @RolesAllowed(Role.WRITER_ROLE)
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop polling a feed", description = "Articles already ingested from it stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        feeds.delete(id);
        return Response.noContent().build();
    }
}
