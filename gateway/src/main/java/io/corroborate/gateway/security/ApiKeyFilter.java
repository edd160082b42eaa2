package io.corroborate.gateway.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corroborate.commons.Problems;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Guards {@code /api/}: a known key (X-API-Key or Bearer; on the HTML report pages also ?api_key=, reader keys
 * only: a URL ends up in logs and browser history) or 401; a reader key on a write 403; over the key's rate 429 with
 * Retry-After. Keys are never logged; the caller's key id is kept for metrics.
 */
public class ApiKeyFilter {

    public static final String CALLER = "corroborate.caller";

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final MeterRegistry metrics;

    public ApiKeyFilter(ApiKeys keys, RateLimiter limiter, MeterRegistry metrics) {
        this.keys = keys;
        this.limiter = limiter;
        this.metrics = metrics;
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        String presented = presentedKey(request, path);
        ApiKeys.Caller caller = presented == null ? null : keys.lookup(presented).orElse(null);
        if (caller == null) {
            return problem(401, "unauthorized", "Unauthorized", presented == null
                    ? "Send an API key as X-API-Key or Authorization: Bearer" : "The API key is not valid", path)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (caller.role() != Role.READER && inQuery(request, presented)) {
            // A key in a URL ends up in logs and browser history: only a reader key may travel there.
            return problem(403, "key-in-url", "Key not accepted in a URL", "Only a reader key may be passed as "
                    + "?api_key=; send this key as X-API-Key or Authorization: Bearer", path).build();
        }
        if (caller.role() == Role.READER && isWrite(request.getMethod(), path)) {
            return problem(403, "forbidden", "Forbidden", "This key may read but not write", path).build();
        }
        long wait = limiter.acquire(caller.keyId());
        metrics.counter("corroborate.gateway.requests", "key", caller.keyId(), "limited", String.valueOf(wait > 0))
                .increment();
        if (wait > 0) {
            return problem(429, "rate-limited", "Too many requests",
                    "This key is over its request rate; retry after " + wait + " s", path)
                    .header("Retry-After", String.valueOf(wait)).build();
        }
        request.setProperty(CALLER, caller);
        return null;
    }

    private static String presentedKey(ContainerRequestContext request, String path) {
        String key = request.getHeaderString("X-API-Key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        // A browser cannot add a header to a link, so the HTML report pages (reads only) also take ?api_key=.
        if (HttpMethod.GET.equals(request.getMethod()) && path.endsWith("/report")) {
            return request.getUriInfo().getQueryParameters().getFirst("api_key");
        }
        return null;
    }

    /** Whether the key was read from the query string (the report pages' {@code ?api_key=}), not a header. */
    private static boolean inQuery(ContainerRequestContext request, String presented) {
        String header = request.getHeaderString("X-API-Key");
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return (header == null || header.isBlank())
                && (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7))
                && presented != null;
    }

    /**
     * The role a request needs: a writer's for any method that writes, a reader's for reading ones and for
     * {@code POST /api/v1/analyze}, which only computes. The OpenAPI document shows the same per operation
     * ({@code RolesInOpenApi}).
     */
    public static Role requiredRole(String method, String path) {
        return isWrite(method, path) ? Role.WRITER : Role.READER;
    }

    /** Reading methods never write; POST /api/v1/analyze only computes, so readers may call it too. */
    private static boolean isWrite(String method, String path) {
        boolean reading = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || HttpMethod.OPTIONS.equals(method);
        return !reading && !path.equals("/api/v1/analyze");
    }

    private static Response.ResponseBuilder problem(int status, String slug, String title, String detail,
            String path) {
        return Response.fromResponse(Problems.response(Problems.of(status, slug, title, detail), path));
    }
}
