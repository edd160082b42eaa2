package io.corroborate.ingest.rest;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corroborate.api.Feed;
import io.corroborate.api.FeedSubscription;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.feed.FeedService;

/** RSS and Atom feeds polled on schedule (internal; the gateway is the public door). */
@Path("/api/v1/feeds")
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(@Valid @NotNull FeedSubscription subscription, @Context UriInfo uri) {
        FeedService.Subscribed subscribed = feeds.subscribe(subscription);
        return (subscribed.created()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/feeds/{id}").build(subscribed.feed().id()))
                : Response.ok()).entity(subscribed.feed()).build();
    }

    @GET
    public List<Feed> list() {
        return feeds.list();
    }

    @GET
    @Path("/{id}")
    public Feed get(@PathParam("id") UUID id) {
        return feeds.find(id).orElseThrow(() -> ProblemException.notFound("No feed " + id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        if (!feeds.delete(id)) {
            throw ProblemException.notFound("No feed " + id);
        }
        return Response.noContent().build();
    }
}
