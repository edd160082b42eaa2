package io.corroborate.commons;

import java.util.UUID;

import jakarta.ws.rs.core.Response;

import io.corroborate.api.Problem;
import io.quarkus.logging.Log;

/** Builds problem responses; every error of the suite goes through here. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:corroborate:problem:";

    private Problems() {
    }

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(type(slug), title, status, detail, null, null);
    }

    /** A problem for a bare HTTP status, titled with the status's reason phrase. */
    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return new Problem(type("http-" + status), title, status, detail, null, null);
    }

    /**
     * A defect's 500 problem: the failure goes to the log under a new incident id, and the problem names only that id
     * ({@code where} says what failed, for the log).
     */
    public static Problem incident(Throwable failure, String where) {
        String incident = UUID.randomUUID().toString();
        Log.errorf(failure, "Unexpected error on %s (incident %s)", where, incident);
        return of(500, "internal", "Internal error", "An unexpected error occurred; it was logged as incident "
                + incident);
    }

    public static Response response(Problem problem, String instance) {
        Problem located = problem.instance() != null || instance == null ? problem
                : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), instance,
                        problem.errors());
        return Response.status(located.status()).type(MEDIA_TYPE).entity(located).build();
    }
}
