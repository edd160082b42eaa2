package io.corroborate.commons;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.corroborate.api.Problem;

/** Maps every exception a request can raise to problem+json; no class name or stack trace reaches a client. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.problem(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        if (!(e instanceof ConstraintViolationException violations)) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid");
        return Problems.response(new Problem(Problems.type("validation"), "Invalid request", 400, detail, null,
                errors), uri.getPath());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String detail = "The body is not valid JSON for this operation";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "Invalid value at '" + path(mapping) + "'";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            detail = "The body does not have the expected shape (expected " + shape(mismatch.getTargetType()) + ")";
        } else if (e.getLocation() != null) {
            detail = "Malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
        }
        return Problems.response(Problems.of(400, "malformed-body", "Malformed request body", detail),
                uri.getPath());
    }

    /**
     * A body of the wrong shape ("publishedAt": "yesterday-ish", an object where an array belongs): a problem naming
     * the field. Quarkus REST ships its own mapper for this exception, which answers 400 with an empty body; this one
     * is more specific to us and takes its place.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 404 && cause instanceof IllegalArgumentException) {
            // Jakarta REST answers a path or query parameter it cannot convert ("size=abc", an id that is no UUID)
            // with 404; the client sent a malformed request, and is told which kind of value was expected.
            return Problems.response(Problems.of(400, "malformed-parameter", "Malformed parameter",
                    "A path or query parameter has a malformed value: a whole number or an id (UUID) was expected"),
                    uri.getPath());
        }
        return Problems.response(Problems.ofStatus(status, safeDetail(status)), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return Problems.response(Problems.incident(e, uri.getPath()), uri.getPath());
    }

    private static String shape(Class<?> type) {
        return java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? "a JSON array" : "a JSON object";
    }

    private static String safeDetail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not supported here";
            case 413 -> "The request body is too large";
            default -> "The request cannot be processed (HTTP " + status + ")";
        };
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths read "submit.arg0.source": the client only knows the last segments.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
