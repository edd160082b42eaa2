package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.List;

import io.corroborate.api.Value;

/**
 * A figure found in a sentence: its value, the offsets of its surface within the sentence and, for a range,
 * its ends in the order written ({@code to} is null for a single figure, where {@code from} is the amount).
 */
public record Figure(Value value, int start, int end, BigDecimal from, BigDecimal to) {

    /** Whether any of {@code figures} shares a character with the span from {@code start} to {@code end}. */
    static boolean overlapsAny(List<Figure> figures, int start, int end) {
        return figures.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }
}
