package io.corroborate.analysis.text;

/** A sentence and its [start, end) offsets in the original text. */
public record Sentence(String text, int start, int end) {
}
