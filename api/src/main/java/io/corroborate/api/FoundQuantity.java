package io.corroborate.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A quantity found in an analyzed text, whether or not a claim was framed for it. */
@Schema(description = "A quantity found in the text (an amount, share, count, measure, age or duration), framed as "
        + "a claim or not: its normalized `value`, where it was written (`quote`, offsets into the submitted text) "
        + "and whether one of the claims states it (`claimed`). Figures that date or rank something (years, dates, "
        + "weekdays, times of day, ranks) are reported as claims only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FoundQuantity(
        Value value,
        Quote quote,
        @Schema(description = "For a range, its first end as written (\"from $36,040 to $34,935\": 36040); else "
                + "absent", example = "36040") BigDecimal from,
        @Schema(description = "For a range, its second end as written; else absent", example = "34935") BigDecimal to,
        @Schema(description = "Whether one of the response's claims states this figure", example = "true")
        boolean claimed) {
}
