package io.corroborate.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The claims found in an analyzed text, and every quantity found in it. */
public record AnalyzeResponse(
        @Schema(description = "The claims: figures framed with what they measure, whom they are about and where "
                + "they were written") List<Claim> claims,
        @Schema(description = "Every quantity found, in reading order, each saying whether a claim states it")
        List<FoundQuantity> quantities) {
}
