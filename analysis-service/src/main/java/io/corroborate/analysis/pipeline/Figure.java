package io.corroborate.analysis.pipeline;

import io.corroborate.api.Value;

/** A figure found in a sentence: its value and the offsets of its surface within the sentence. */
record Figure(Value value, int start, int end) {
}
