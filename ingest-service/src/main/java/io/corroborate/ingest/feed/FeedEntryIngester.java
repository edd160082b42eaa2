package io.corroborate.ingest.feed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.api.ArticleSubmission;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.model.FeedEntity;
import io.corroborate.ingest.repository.FeedRepository;
import io.corroborate.ingest.service.IngestService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ingests a feed's entries that were not taken before: the linked page is fetched; when it cannot be, the
 * entry's own content is used. Every entry is recorded once, taken or failed, so none is retried forever.
 */
@ApplicationScoped
public class FeedEntryIngester {

    private final FeedRepository feeds;
    private final IngestService ingest;

    public FeedEntryIngester(FeedRepository feeds, IngestService ingest) {
        this.feeds = feeds;
        this.ingest = ingest;
    }

    /** Returns how many entries were new. */
    int ingestNew(FeedEntity feed, List<FeedItem> items) {
        int taken = 0;
        for (FeedItem item : items) {
            boolean seen = QuarkusTransaction.requiringNew().call(() -> feeds.hasEntry(feed.id, item.key()));
            if (!seen) {
                record(feed.id, item, ingestOne(feed, item));
                taken++;
            }
        }
        return taken;
    }

    private Outcome ingestOne(FeedEntity feed, FeedItem item) {
        try {
            return new Outcome(ingest.submit(submission(feed, item, null)).receipt().id(), null);
        } catch (ProblemException fetchFailed) {
            if (item.contentHtml() == null) {
                return new Outcome(null, fetchFailed.problem().detail());
            }
            try {
                return new Outcome(ingest.submit(submission(feed, item, item.contentHtml())).receipt().id(), null);
            } catch (ProblemException contentFailed) {
                return new Outcome(null, contentFailed.problem().detail());
            }
        }
    }

    private static ArticleSubmission submission(FeedEntity feed, FeedItem item, String html) {
        return new ArticleSubmission(feed.source, item.link(), item.title(), item.publishedAt(), null, null, html,
                null);
    }

    private void record(UUID feedId, FeedItem item, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> feeds.recordEntry(feedId, item.key(), outcome.articleId(),
                outcome.error()));
    }

    private record Outcome(UUID articleId, String error) {
    }
}
