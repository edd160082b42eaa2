package io.corroborate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a figure was written: its sentence and its exact place in the article's cleaned text. */
@Schema(description = "Provenance of a claim. `start`/`end` are character offsets (UTF-16, end exclusive) of "
        + "`surface` in the article's cleaned `text`.")
public record Quote(
        @Schema(example = "Meta's $14.3 billion investment in Scale AI represents its largest bet yet.") String sentence,
        @Schema(example = "7") int start,
        @Schema(example = "20") int end,
        @Schema(example = "$14.3 billion") String surface) {
}
