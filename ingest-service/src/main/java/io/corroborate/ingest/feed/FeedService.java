package io.corroborate.ingest.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.corroborate.api.Feed;
import io.corroborate.api.FeedSubscription;
import io.corroborate.ingest.model.FeedEntity;
import io.corroborate.ingest.repository.FeedRepository;
import io.corroborate.ingest.service.HttpGet;
import io.quarkus.panache.common.Sort;

/** Subscribing to feeds, listing and removing them; polling is {@link FeedPoller}'s. */
@ApplicationScoped
public class FeedService {

    private static final int DEFAULT_POLL_SECONDS = 900;

    private final FeedRepository feeds;
    private final HttpGet http;

    public FeedService(FeedRepository feeds, HttpGet http) {
        this.feeds = feeds;
        this.http = http;
    }

    /** The feed for this URL: the existing subscription, or a new one polled at once. */
    @Transactional
    public Subscribed subscribe(FeedSubscription subscription) {
        String url = http.checked(subscription.url()).toString();
        Optional<FeedEntity> existing = feeds.find("url", url).firstResultOptional();
        if (existing.isPresent()) {
            return new Subscribed(existing.get().toFeed(), false);
        }
        FeedEntity feed = new FeedEntity();
        feed.id = UUID.randomUUID();
        feed.url = url;
        feed.source = subscription.source().strip();
        feed.pollSeconds = subscription.pollSeconds() == null ? DEFAULT_POLL_SECONDS : subscription.pollSeconds();
        feed.status = FeedEntity.ACTIVE;
        feed.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        feed.nextPollAt = feed.createdAt;
        feeds.persistAndFlush(feed);
        return new Subscribed(feed.toFeed(), true);
    }

    @Transactional
    public List<Feed> list() {
        return feeds.listAll(Sort.ascending("createdAt")).stream().map(FeedEntity::toFeed).toList();
    }

    @Transactional
    public Optional<Feed> find(UUID id) {
        return feeds.findByIdOptional(id).map(FeedEntity::toFeed);
    }

    @Transactional
    public boolean delete(UUID id) {
        return feeds.deleteById(id);
    }

    /** A subscription's feed, and whether this call created it. */
    public record Subscribed(Feed feed, boolean created) {
    }
}
