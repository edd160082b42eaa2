package io.corroborate.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A normalized figure and the interval its wording allows. */
@Schema(description = "A normalized figure. `amount` is in base units (money in currency units, 14300000000 for "
        + "\"$14.3 billion\"); `[low, high]` is the interval the wording allows: the precision of the digits written "
        + "(\"$14 billion\" allows 13.5e9–14.5e9) widened or cut by the hedge in `bound`. An open side is null.")
public record Value(
        @Schema(example = "MONEY") Kind kind,
        @Schema(example = "14300000000") BigDecimal amount,
        @Schema(description = "ISO 4217 code, for MONEY", example = "USD") String currency,
        @Schema(description = "Unit for PERCENT (\"%\" or \"pp\"), COUNT (the counted noun; \"votes for\" and "
                + "\"votes against\" for the two figures of a tally such as 234-193), AGE (\"years\"), QUANTITY, "
                + "ORDINAL (what is ranked: \"president\" for \"the 45th president\"), DATE (the year when written; "
                + "\"weekday\" for a day of the week, whose amount is the ISO day, Monday 1 to Sunday 7). A TIME's "
                + "amount is the minutes after midnight (5 p.m. is 1020).",
                example = "contractors") String unit,
        @Schema(example = "EXACT") Bound bound,
        @Schema(example = "14250000000") BigDecimal low,
        @Schema(example = "14350000000") BigDecimal high) {
}
