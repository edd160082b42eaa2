package io.corroborate.commons;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body over the limit with a problem+json 413 before anything reads it. The HTTP layer's own
 * limit ({@code quarkus.http.limits.max-body-size}, set a little higher) still stops undeclared (chunked) bodies.
 */
public class BodyLimitFilter {

    private final long maxBytes;

    public BodyLimitFilter(@ConfigProperty(name = "corroborate.max-body-bytes", defaultValue = "12582912") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response checkLength(ContainerRequestContext request) {
        String declared = request.getHeaderString("Content-Length");
        if (declared == null) {
            return null;
        }
        try {
            if (Long.parseLong(declared.strip()) <= maxBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return Problems.response(Problems.of(400, "invalid-request", "Invalid request",
                    "Content-Length is not a number"), request.getUriInfo().getPath());
        }
        return Problems.response(Problems.of(413, "too-large", "Request too large",
                "The body is larger than " + maxBytes + " bytes"), request.getUriInfo().getPath());
    }
}
