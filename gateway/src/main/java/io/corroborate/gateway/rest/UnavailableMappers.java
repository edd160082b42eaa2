package io.corroborate.gateway.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.corroborate.commons.Problems;
import io.corroborate.gateway.client.ServiceUnavailableException;

/** A service behind the gateway is down, slow, or its circuit is open: 503 problem+json with Retry-After. */
public class UnavailableMappers {

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e, UriInfo uri) {
        return respond("The " + e.service() + " service is unavailable; try again shortly", uri, 5);
    }

    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e, UriInfo uri) {
        String detail = e instanceof CircuitBreakerOpenException
                ? "A service behind the gateway is failing; calls are paused for a few seconds"
                : "A service behind the gateway did not answer in time";
        return respond(detail, uri, 5);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        return respond("A service behind the gateway cannot be reached", uri, 5);
    }

    private static Response respond(String detail, UriInfo uri, int retryAfter) {
        return Response.fromResponse(Problems.response(
                Problems.of(503, "service-unavailable", "Service unavailable", detail), uri.getPath()))
                .header("Retry-After", retryAfter).build();
    }
}
