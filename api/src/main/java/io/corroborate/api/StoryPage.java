package io.corroborate.api;

import java.util.List;

/** A page of stories as the API documents it: {@link Page} of {@link StorySummary}, named for the OpenAPI schema. */
public record StoryPage(List<StorySummary> items, int page, int size, long total) {
}
