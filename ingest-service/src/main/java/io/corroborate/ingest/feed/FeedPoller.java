package io.corroborate.ingest.feed;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.model.FeedEntity;
import io.corroborate.ingest.repository.FeedRepository;
import io.corroborate.ingest.service.HttpGet;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Polls due feeds with conditional GETs (ETag / Last-Modified) and ingests each entry not seen before. A feed
 * that fails is marked and polled again after a growing pause (up to six hours), never in a tight loop.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_PAUSE = Duration.ofHours(6);
    private static final int BROKEN_AFTER = 3;

    private final FeedRepository feeds;
    private final HttpGet http;
    private final FeedEntryIngester entries;
    private final MeterRegistry metrics;
    private final FeedReader reader = new FeedReader();

    public FeedPoller(FeedRepository feeds, HttpGet http, FeedEntryIngester entries, MeterRegistry metrics) {
        this.feeds = feeds;
        this.http = http;
        this.entries = entries;
        this.metrics = metrics;
    }

    @Scheduled(every = "${corroborate.feeds.check-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pollDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> feeds.claimDue(10, LEASE));
        due.forEach(this::poll);
    }

    void poll(UUID feedId) {
        FeedEntity feed = QuarkusTransaction.requiringNew().call(() -> feeds.findById(feedId));
        if (feed == null) {
            return;
        }
        try {
            HttpGet.Answer answer = http.get(feed.url, validators(feed));
            if (answer.status() == 304) {
                succeeded(feedId, feed.etag, feed.lastModified, 0);
                return;
            }
            if (answer.status() != 200) {
                throw new IllegalStateException("The feed answered HTTP " + answer.status());
            }
            List<FeedItem> items = reader.read(answer.body(), answer.contentType());
            int taken = entries.ingestNew(feed, items);
            succeeded(feedId, answer.header("ETag"), answer.header("Last-Modified"), taken);
        } catch (ProblemException e) {
            failed(feedId, e.problem().detail());
        } catch (FeedReader.NotAFeedException | IllegalStateException e) {
            failed(feedId, e.getMessage());
        }
    }

    private static Map<String, String> validators(FeedEntity feed) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8");
        if (feed.etag != null) {
            headers.put("If-None-Match", feed.etag);
        }
        if (feed.lastModified != null) {
            headers.put("If-Modified-Since", feed.lastModified);
        }
        return headers;
    }

    private void succeeded(UUID feedId, String etag, String lastModified, int taken) {
        metrics.counter("corroborate.ingest.feed.entries").increment(taken);
        QuarkusTransaction.requiringNew().run(() -> {
            FeedEntity feed = feeds.findById(feedId);
            if (feed != null) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                feed.etag = etag;
                feed.lastModified = lastModified;
                feed.status = FeedEntity.ACTIVE;
                feed.failures = 0;
                feed.lastError = null;
                feed.lastPolledAt = now;
                feed.entriesSeen += taken;
                feed.nextPollAt = now.plusSeconds(feed.pollSeconds);
            }
        });
    }

    private void failed(UUID feedId, String error) {
        Log.debugf("Feed %s failed: %s", feedId, error);
        metrics.counter("corroborate.ingest.feed.failures").increment();
        QuarkusTransaction.requiringNew().run(() -> {
            FeedEntity feed = feeds.findById(feedId);
            if (feed != null) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                feed.failures++;
                feed.status = feed.failures >= BROKEN_AFTER ? FeedEntity.BROKEN : feed.status;
                feed.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
                feed.lastPolledAt = now;
                Duration pause = Duration.ofSeconds(feed.pollSeconds).multipliedBy(1L << Math.min(feed.failures, 10));
                feed.nextPollAt = now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
            }
        });
    }
}
