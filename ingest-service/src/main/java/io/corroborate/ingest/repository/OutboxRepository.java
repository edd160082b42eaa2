package io.corroborate.ingest.repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.ArticleStatus;
import io.corroborate.commons.Problems;
import io.corroborate.ingest.client.DeliveryOutcome;
import io.corroborate.ingest.model.OutboxEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The delivery queue: entries are claimed with a lease so that concurrent workers never deliver one twice at once;
 * outcomes are recorded for a whole batch in a few statements.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, UUID> {

    private final Jdbc jdbc;

    public OutboxRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims up to {@code limit} due entries, hiding them for {@code lease}; returns their article ids. */
    public List<UUID> claimDue(int limit, Duration lease) {
        return jdbc.uuids("""
                UPDATE outbox SET next_attempt_at = now() + make_interval(secs => ?), attempts = attempts + 1
                WHERE article_id IN (
                    SELECT article_id FROM outbox WHERE next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING article_id""", (double) lease.toSeconds(), limit);
    }

    /** What to send for each of the claimed articles that still exist, with the trace of its submission. */
    public List<AnalysisRequest> requests(Collection<UUID> articleIds) {
        return jdbc.rows("""
                SELECT a.id, a.source, a.url, a.title, a.published_at, a.language, a.duplicate_of, a.text,
                       o.trace_parent
                FROM article a JOIN outbox o ON o.article_id = a.id
                WHERE a.id = ANY(?) ORDER BY o.created_at""", rows -> {
                    List<AnalysisRequest> requests = new ArrayList<>();
                    while (rows.next()) {
                        requests.add(new AnalysisRequest(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getObject(5, OffsetDateTime.class),
                                rows.getString(6), rows.getObject(7, UUID.class), rows.getString(8),
                                rows.getString(9)));
                    }
                    return requests;
                }, jdbc.uuidArray(articleIds));
    }

    /** Marks articles ANALYZED in their stories and takes them off the queue. */
    public void analyzed(Map<UUID, UUID> storyByArticle) {
        List<Object[]> rows = new ArrayList<>(storyByArticle.size());
        storyByArticle.forEach((article, story) -> rows.add(new Object[] {story, article}));
        jdbc.batch("UPDATE article SET status = '" + ArticleStatus.ANALYZED + "', story_id = ?, "
                + "failure_reason = NULL, failure_type = NULL, updated_at = now() WHERE id = ?", rows);
        remove(storyByArticle.keySet());
    }

    /** Marks articles FAILED for good, with the problem type and reason, and takes them off the queue. */
    public void refused(Map<UUID, DeliveryOutcome.Refused> refusalByArticle) {
        List<Object[]> rows = new ArrayList<>(refusalByArticle.size());
        refusalByArticle.forEach((article, refusal) -> rows.add(new Object[] {clip(refusal.reason()),
            refusal.type() == null ? Problems.type("refused") : clip(refusal.type()), article}));
        jdbc.batch("UPDATE article SET status = '" + ArticleStatus.FAILED + "', failure_reason = ?, failure_type = ?, "
                + "updated_at = now() WHERE id = ?", rows);
        remove(refusalByArticle.keySet());
    }

    /** Puts entries back with exponential back-off from their attempt count: initial × 2^(attempts−1), capped. */
    public void retryLater(Collection<UUID> articleIds, String error, Duration initial, Duration max) {
        if (!articleIds.isEmpty()) {
            jdbc.update("""
                    UPDATE outbox SET last_error = ?, next_attempt_at = now() + LEAST(
                        make_interval(secs => ?) * power(2, LEAST(attempts - 1, 20)), make_interval(secs => ?))
                    WHERE article_id = ANY(?)""", clip(error), initial.toMillis() / 1000.0,
                    max.toMillis() / 1000.0, jdbc.uuidArray(articleIds));
        }
    }

    private void remove(Collection<UUID> articleIds) {
        if (!articleIds.isEmpty()) {
            jdbc.update("DELETE FROM outbox WHERE article_id = ANY(?)", jdbc.uuidArray(articleIds));
        }
    }

    private static String clip(String text) {
        return text == null ? null : text.substring(0, Math.min(text.length(), 1000));
    }
}
