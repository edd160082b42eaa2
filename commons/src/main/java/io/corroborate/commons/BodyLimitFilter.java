package io.corroborate.commons;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.api.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a declared body over the limit with a problem+json 413 (the limit in its detail) before anything reads
 * it: a route ahead of the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}, set a little higher),
 * which would answer an empty 413 and still stops undeclared (chunked) bodies. The connection is closed, since the
 * body is not read.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Before Quarkus' own body-limit route (order -2). */
    private static final int ORDER = -3;

    private final long maxBytes;

    public BodyLimitFilter(@ConfigProperty(name = "corroborate.max-body-bytes", defaultValue = "12582912") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            refuse(context, Problems.of(400, "invalid-request", "Invalid request", "Content-Length is not a number"));
            return;
        }
        if (length > maxBytes) {
            refuse(context, Problems.of(413, "too-large", "Request too large",
                    "The body is larger than the limit of " + maxBytes + " bytes"));
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, Problem problem) {
        Problem located = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                context.request().path(), problem.errors());
        String body;
        try {
            body = JSON.writeValueAsString(located);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
