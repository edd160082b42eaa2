package io.corroborate.gateway.client;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corroborate.api.Feed;
import io.corroborate.api.FeedSubscription;
import io.corroborate.commons.ProblemException;

/** Feed calls to ingest; subscribing twice answers the same feed, and deleting twice is a 404, so all may retry. */
@ApplicationScoped
@Timeout(10_000)
@Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000, skipOn = ProblemException.class)
public class FeedClient {

    private static final String SERVICE = "ingest";

    private final FeedApi api;

    public FeedClient(@RestClient FeedApi api) {
        this.api = api;
    }

    public RestResponse<Feed> subscribe(FeedSubscription subscription) {
        return Downstream.call(SERVICE, () -> api.subscribe(subscription));
    }

    public List<Feed> list() {
        return Downstream.call(SERVICE, api::list);
    }

    public void delete(UUID id) {
        Downstream.call(SERVICE, () -> {
            api.delete(id);
            return null;
        });
    }
}
