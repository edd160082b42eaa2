package io.corroborate.api;

import java.util.List;
import java.util.UUID;

/** Every fact of a story compared across its sources. */
public record Comparison(UUID storyId, List<Fact> facts) {
}
