package io.corroborate.gateway.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public API's OpenAPI definition: the key scheme that makes Swagger UI's "Authorize" work. */
@OpenAPIDefinition(
        info = @Info(title = "Corroborate API", version = "1.0"),
        security = @SecurityRequirement(name = "apiKey"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "apiKey",
                type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                description = "A reader or writer key. `Authorization: Bearer KEY` works too.")),
        tags = {
            @Tag(name = "Articles", description = "Submit articles and read them back"),
            @Tag(name = "Stories", description = "Stories and their cross-source comparisons"),
            @Tag(name = "Analyze", description = "Try the claim extractor on any text"),
            @Tag(name = "Feeds", description = "Subscribe to RSS and Atom feeds")
        })
public class GatewayApplication extends Application {
}
