package io.corroborate.gateway.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.corroborate.commons.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Quarkus Security's refusals as problems (authentication is not proactive, so they reach these mappers): no key
 * 401, an unknown key 401, a writer key in a URL 403 {@code key-in-url}, a reader key on a write 403.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("Send an API key as X-API-Key or Authorization: Bearer", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (ApiKeyIdentityProvider.KEY_IN_URL.equals(e.getAttribute(ApiKeyIdentityProvider.REFUSAL))) {
            return Problems.response(Problems.of(403, "key-in-url", "Key not accepted in a URL", "Only a reader key "
                    + "may be passed as ?api_key=; send this key as X-API-Key or Authorization: Bearer"),
                    uri.getPath());
        }
        return unauthorized("The API key is not valid", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(Problems.of(403, "forbidden", "Forbidden", "This key may read but not write"),
                uri.getPath());
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.fromResponse(Problems.response(Problems.of(401, "unauthorized", "Unauthorized", detail),
                uri.getPath())).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
