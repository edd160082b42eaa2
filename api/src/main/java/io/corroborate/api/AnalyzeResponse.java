package io.corroborate.api;

import java.util.List;

/** The claims found in an analyzed text. */
public record AnalyzeResponse(List<Claim> claims) {
}
