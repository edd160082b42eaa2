package io.corroborate.ingest.repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.ingest.model.OutboxEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The delivery queue: entries are claimed with a lease so that concurrent workers never deliver one twice at once. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, UUID> {

    /** Claims up to {@code limit} due entries, hiding them for {@code lease}; returns their article ids. */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(int limit, Duration lease) {
        return getEntityManager().createNativeQuery("""
                UPDATE outbox SET next_attempt_at = now() + make_interval(secs => :lease), attempts = attempts + 1
                WHERE article_id IN (
                    SELECT article_id FROM outbox WHERE next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING article_id""", UUID.class)
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
    }

    public void reschedule(UUID articleId, OffsetDateTime next, String error) {
        update("nextAttemptAt = ?1, lastError = ?2 where articleId = ?3", next, error, articleId);
    }
}
