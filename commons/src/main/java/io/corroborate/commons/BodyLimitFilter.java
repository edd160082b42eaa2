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
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses a body over the limit with a problem+json 413 (the limit in its detail): a route ahead of the HTTP layer's
 * own limit ({@code quarkus.http.limits.max-body-size}, set a little higher), which would answer an empty 413. A
 * declared body (Content-Length) is refused before anything reads it; an undeclared one (chunked) is read here, up
 * to the limit, and refused as soon as it passes it. The connection is closed, since the rest of the body is not
 * read.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Before Quarkus' own body-limit route (order -2). */
    private static final int ORDER = -3;

    private final long maxBytes;
    /** Reads an undeclared body within the limit; the REST layer then takes it as read. */
    private final BodyHandler undeclared;

    public BodyLimitFilter(@ConfigProperty(name = "corroborate.max-body-bytes", defaultValue = "12582912") long maxBytes) {
        this.maxBytes = maxBytes;
        this.undeclared = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                undeclared.handle(context); // reads the body, then goes on, or fails with 413 past the limit
            } else {
                context.next();
            }
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

    private void failed(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context, Problems.of(413, "too-large", "Request too large",
                    "The body is larger than the limit of " + maxBytes + " bytes"));
        } else {
            context.next();
        }
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
