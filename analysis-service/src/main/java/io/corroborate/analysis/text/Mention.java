package io.corroborate.analysis.text;

/** A proper-noun phrase in a sentence: its canonical name and [start, end) offsets within the sentence. */
public record Mention(String name, int start, int end, boolean possessive) {
}
