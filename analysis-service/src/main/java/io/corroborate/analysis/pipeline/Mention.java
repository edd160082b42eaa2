package io.corroborate.analysis.pipeline;

/** A proper-noun phrase in a sentence: its canonical name and [start, end) offsets within the sentence. */
record Mention(String name, int start, int end, boolean possessive) {
}
