package io.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the article says a figure comes from: "according to Bloomberg", "the company said", "reportedly". */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Whom the sentence attributes the figure to. Absent when the article states it in its own "
        + "voice. `cue` is the attributing wording as normalized (`according to`, `said`, `told`, `reported`, "
        + "`estimated`, `announced`, `reportedly`, `allegedly`, `is said to`, ...); `source` is who said it, a "
        + "canonical name where the text names one, otherwise the phrase as written (\"people familiar with the "
        + "matter\"); it is absent for hearsay without a source (\"reportedly\").")
public record Attribution(
        @Schema(example = "according to") String cue,
        @Schema(example = "Bloomberg") String source) {

    /** As a reader would say it: "according to Bloomberg", "Bloomberg said", "reportedly". */
    public String wording() {
        if (source == null) {
            return cue;
        }
        return cue.startsWith("according") ? cue + " " + source : source + " " + cue;
    }
}
