package io.corroborate.ingest.feed;

import java.time.OffsetDateTime;

/** One entry of a feed: a stable key, where the article is, and what the feed itself says of it. */
public record FeedItem(String key, String link, String title, OffsetDateTime publishedAt, String contentHtml) {
}
