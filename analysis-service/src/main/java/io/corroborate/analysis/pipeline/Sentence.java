package io.corroborate.analysis.pipeline;

/** A sentence and its [start, end) offsets in the original text. */
record Sentence(String text, int start, int end) {
}
