package io.corroborate.gateway.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corroborate.commons.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Holds each key to its request rate: over it, 429 with Retry-After. Runs once Quarkus Security knows the caller
 * (an anonymous or refused request is answered by the security layer instead); counts requests per key id for the
 * metrics. Keys are never logged.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final MeterRegistry metrics;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimiter limiter, MeterRegistry metrics, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.metrics = metrics;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                return null;
            }
            String keyId = identity.getPrincipal().getName();
            long wait = limiter.acquire(keyId);
            metrics.counter("corroborate.gateway.requests", "key", keyId, "limited", String.valueOf(wait > 0))
                    .increment();
            if (wait <= 0) {
                return null;
            }
            return Response.fromResponse(Problems.response(Problems.of(429, "rate-limited", "Too many requests",
                    "This key is over its request rate; retry after " + wait + " s"), path))
                    .header("Retry-After", String.valueOf(wait)).build();
        });
    }
}
