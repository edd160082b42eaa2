package io.corroborate.commons;

import java.util.List;

import io.corroborate.api.Problem;

/** Thrown to answer a request with a problem; its message is the client-facing detail, so keep it free of internals. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problems.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problems.of(400, "invalid-request", "Invalid request", detail));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(Problems.type("validation"), "Invalid request", 400, detail, null,
                errors));
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(Problems.of(422, slug, title, detail));
    }

    /** Well-formed values the service cannot take (a control character in a name): 422 with the fields named. */
    public static ProblemException unprocessableFields(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(Problems.type("unprocessable-value"), "Unprocessable value", 422,
                detail, null, errors));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problems.of(413, "too-large", "Request too large", detail));
    }
}
