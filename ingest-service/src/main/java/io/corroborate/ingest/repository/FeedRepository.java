package io.corroborate.ingest.repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.ingest.model.FeedEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Feeds, the due ones claimed with a lease, and the entries already taken from each. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<FeedEntity, UUID> {

    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(int limit, Duration lease) {
        return getEntityManager().createNativeQuery("""
                UPDATE feed SET next_poll_at = now() + make_interval(secs => :lease)
                WHERE id IN (SELECT id FROM feed WHERE next_poll_at <= now()
                             ORDER BY next_poll_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id""", UUID.class)
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
    }

    public boolean hasEntry(UUID feedId, String entryKey) {
        return !getEntityManager().createNativeQuery(
                "SELECT 1 FROM feed_entry WHERE feed_id = :feed AND entry_key = :key")
                .setParameter("feed", feedId).setParameter("key", entryKey).getResultList().isEmpty();
    }

    /** Records an entry as taken; false when another poller recorded it first. */
    public boolean recordEntry(UUID feedId, String entryKey, UUID articleId, String error) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO feed_entry (feed_id, entry_key, article_id, error, seen_at)
                VALUES (:feed, :key, :article, :error, :now) ON CONFLICT DO NOTHING""")
                .setParameter("feed", feedId).setParameter("key", entryKey).setParameter("article", articleId)
                .setParameter("error", error).setParameter("now", OffsetDateTime.now())
                .executeUpdate() == 1;
    }
}
