package io.corroborate.gateway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented with a request, and whether it came in the URL ({@code ?api_key=}) rather than a header. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;
    private final boolean inUrl;

    public ApiKeyAuthenticationRequest(String key, boolean inUrl) {
        this.key = key;
        this.inUrl = inUrl;
    }

    public String key() {
        return key;
    }

    public boolean inUrl() {
        return inUrl;
    }
}
