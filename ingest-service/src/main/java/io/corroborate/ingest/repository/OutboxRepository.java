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

    public void reschedule(UUID articleId, OffsetDateTime next, String error) {
        update("nextAttemptAt = ?1, lastError = ?2 where articleId = ?3", next, error, articleId);
    }
}
