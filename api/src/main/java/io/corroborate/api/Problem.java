package io.corroborate.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: the one shape of every error the suite answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details (`application/problem+json`). `errors` lists invalid fields.")
public record Problem(
        @Schema(example = "https://corroborate.dev/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "source: must not be blank") String detail,
        @Schema(example = "/api/v1/articles") String instance,
        List<FieldError> errors) {

    /** One invalid field of a request. */
    public record FieldError(@Schema(example = "source") String field, @Schema(example = "must not be blank") String message) {
    }
}
