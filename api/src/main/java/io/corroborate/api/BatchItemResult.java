package io.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one item of a batch submission: a receipt, or a problem; {@code status} as if sent alone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(@Schema(example = "201") int status, ArticleReceipt receipt, Problem problem) {
}
