package io.corroborate.gateway.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a presented API key into a caller: its short key id as the principal (never the key), the role
 * {@code reader}, and for a writer key also {@code writer}. An unknown key fails; so does a writer key that came in a
 * URL, where it would end up in logs and browser history (refusal {@link #KEY_IN_URL}).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The attribute of an authentication failure that says why, when it is not an unknown key. */
    static final String REFUSAL = "corroborate.refusal";
    static final String KEY_IN_URL = "key-in-url";
    /** Attribute of an identity let in with a key passed in the URL (a reader's): pages may write it into links. */
    public static final String FROM_URL = "corroborate.key-from-url";

    private final ApiKeys keys;

    public ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        ApiKeys.Caller caller = keys.lookup(request.key()).orElse(null);
        if (caller == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The API key is not valid"));
        }
        if (request.inUrl() && caller.role() != Role.READER) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "Only a reader key may be passed as ?api_key=", Map.of(REFUSAL, KEY_IN_URL)));
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.keyId()))
                .addRole(Role.READER_ROLE)
                .addAttribute(FROM_URL, request.inUrl());
        if (caller.role() == Role.WRITER) {
            identity.addRole(Role.WRITER_ROLE);
        }
        return Uni.createFrom().item(identity.build());
    }
}
