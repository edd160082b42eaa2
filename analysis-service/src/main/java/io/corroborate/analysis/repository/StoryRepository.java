package io.corroborate.analysis.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.model.StoryEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stories, newest first, and the candidates a new article may join. */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, UUID> {

    /**
     * A candidate story's id, version and published range: its signature is read only when the cached one is out of
     * date.
     */
    public record Candidate(UUID id, OffsetDateTime updatedAt, OffsetDateTime firstPublished,
            OffsetDateTime lastPublished) {
    }

    /**
     * Stories with articles published within the window, newest first, then stories of undated articles only (whose
     * date is unknown, so any date may be theirs), most recently updated first; at most {@code limit} of each.
     */
    public List<Candidate> candidates(OffsetDateTime from, OffsetDateTime to, int limit) {
        List<Candidate> found = new ArrayList<>(getEntityManager().createQuery("""
                select new io.corroborate.analysis.repository.StoryRepository$Candidate(s.id, s.updatedAt,
                    s.firstPublished, s.lastPublished)
                from StoryEntity s where s.lastPublished >= ?1 and s.firstPublished <= ?2
                order by s.lastPublished desc""", Candidate.class)
                .setParameter(1, from).setParameter(2, to).setMaxResults(limit).getResultList());
        found.addAll(getEntityManager().createQuery("""
                select new io.corroborate.analysis.repository.StoryRepository$Candidate(s.id, s.updatedAt,
                    s.firstPublished, s.lastPublished)
                from StoryEntity s where s.firstPublished is null
                order by s.updatedAt desc""", Candidate.class).setMaxResults(limit).getResultList());
        return found;
    }

    /** The most recently updated stories, dated or not: the candidates of an article whose date is unknown. */
    public List<Candidate> recent(int limit) {
        return getEntityManager().createQuery("""
                select new io.corroborate.analysis.repository.StoryRepository$Candidate(s.id, s.updatedAt,
                    s.firstPublished, s.lastPublished)
                from StoryEntity s order by s.updatedAt desc""", Candidate.class).setMaxResults(limit).getResultList();
    }

    /** The signatures of the most recently updated stories, for term statistics. */
    public List<String> recentSignatures(int limit) {
        return getEntityManager().createQuery("select s.signature from StoryEntity s order by s.updatedAt desc",
                String.class).setMaxResults(limit).getResultList();
    }

    /** The stored signatures of the given stories, by id. */
    public Map<UUID, String> signatures(Collection<UUID> ids) {
        Map<UUID, String> signatures = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select s.id, s.signature from StoryEntity s where s.id in ?1",
                    Object[].class).setParameter(1, ids).getResultStream()
                    .forEach(row -> signatures.put((UUID) row[0], (String) row[1]));
        }
        return signatures;
    }

    /** Serializes story updates: two articles of one event analysed at once must not found two stories. */
    public void lockAssignment() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(4242)").getSingleResult();
    }

    /**
     * Serializes the rebuilds of one story's comparison (across replicas), without holding back placement or the
     * rebuilds of other stories.
     */
    public void lockComparison(UUID story) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(4243, hashtext(?1))")
                .setParameter(1, story.toString()).getSingleResult();
    }

    /** Stores a rebuilt comparison and the counts that go with it, as built from {@code version}. */
    public void storeComparison(UUID story, String comparison, int articleCount, int sourceCount, int factCount,
            int conflictCount, long version) {
        getEntityManager().createQuery("""
                update StoryEntity s set s.comparison = ?1, s.articleCount = ?2, s.sourceCount = ?3,
                    s.factCount = ?4, s.conflictCount = ?5, s.comparisonVersion = ?6
                where s.id = ?7 and s.comparisonVersion < ?6""")
                .setParameter(1, comparison).setParameter(2, articleCount).setParameter(3, sourceCount)
                .setParameter(4, factCount).setParameter(5, conflictCount).setParameter(6, version)
                .setParameter(7, story).executeUpdate();
    }

    /** The version of a story, read anew from the database, or empty when the story is gone (merged). */
    public Optional<Long> versionOf(UUID story) {
        return getEntityManager().createQuery("select s.version from StoryEntity s where s.id = ?1", Long.class)
                .setParameter(1, story).getResultStream().findFirst();
    }

    /** Stories whose comparison is older than their articles, least recently updated first. */
    public List<UUID> stale(OffsetDateTime updatedBefore, int limit) {
        return getEntityManager().createQuery("""
                select s.id from StoryEntity s where s.comparisonVersion < s.version and s.updatedAt < ?1
                order by s.updatedAt""", UUID.class).setParameter(1, updatedBefore).setMaxResults(limit)
                .getResultList();
    }

    /**
     * Moves a story's articles and claims into another and leaves a redirect from its id (redirects that pointed
     * at it now point at the survivor). The caller deletes the merged story's row.
     */
    public void moveInto(UUID from, UUID into, OffsetDateTime at) {
        getEntityManager().flush();
        execute("UPDATE analyzed_article SET story_id = ?1 WHERE story_id = ?2", into, from);
        execute("UPDATE claim SET story_id = ?1 WHERE story_id = ?2", into, from);
        execute("UPDATE story_merge SET into_id = ?1 WHERE into_id = ?2", into, from);
        getEntityManager()
                .createNativeQuery("INSERT INTO story_merge (from_id, into_id, merged_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, from).setParameter(2, into).setParameter(3, at).executeUpdate();
    }

    /** The story a merged story's id now stands for, if it was merged. */
    public Optional<UUID> mergedInto(UUID id) {
        return getEntityManager().createNativeQuery("SELECT into_id FROM story_merge WHERE from_id = ?1", UUID.class)
                .setParameter(1, id).getResultStream().map(UUID.class::cast).findFirst();
    }

    /** The ids of the stories merged into {@code id}. */
    public List<UUID> mergedFrom(UUID id) {
        return getEntityManager().createNativeQuery(
                "SELECT from_id FROM story_merge WHERE into_id = ?1 ORDER BY merged_at, from_id", UUID.class)
                .setParameter(1, id).getResultStream().map(UUID.class::cast).toList();
    }

    private void execute(String sql, UUID into, UUID from) {
        getEntityManager().createNativeQuery(sql).setParameter(1, into).setParameter(2, from).executeUpdate();
    }
}
