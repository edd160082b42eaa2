package io.corroborate.analysis.figure;

import java.math.BigDecimal;

import io.corroborate.api.Quote;
import io.corroborate.api.Value;

/**
 * A quantity as written, before any claim is framed: its value, the range ends in the order written
 * ({@code to} is null for a single figure) and where it was written.
 */
public record Quantity(Value value, BigDecimal from, BigDecimal to, Quote quote) {

    /** A range such as "from $36,040 to $34,935", whose ends are kept in the order written. */
    public boolean isRange() {
        return to != null;
    }
}
