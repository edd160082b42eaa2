package io.corroborate.commons;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corroborate.api.Internal;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Lets only callers that carry the shared internal credential reach an internal service's API, so that reaching
 * ingest or analysis directly inside a cluster does not bypass the gateway's keys and limits.
 */
@IfBuildProperty(name = "corroborate.internal-auth", stringValue = "true")
public class InternalAuthFilter {

    private final byte[] token;

    public InternalAuthFilter(@ConfigProperty(name = "corroborate.internal-token") String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.startsWith(Internal.BASE_PATH)) {
            return null;
        }
        String presented = request.getHeaderString(Internal.TOKEN_HEADER);
        if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return Problems.response(Problems.of(401, "internal-credential", "Unauthorized",
                "This service only answers calls that carry the internal credential"), path);
    }
}
