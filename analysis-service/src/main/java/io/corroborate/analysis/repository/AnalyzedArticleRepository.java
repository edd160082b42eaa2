package io.corroborate.analysis.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.model.AnalyzedArticleEntity;
import io.corroborate.api.AnalysisResult;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Analysed articles by story. */
@ApplicationScoped
public class AnalyzedArticleRepository implements PanacheRepositoryBase<AnalyzedArticleEntity, UUID> {

    /** How many articles each of the given stories holds (a story without any is absent). */
    public Map<UUID, Long> counts(Collection<UUID> storyIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!storyIds.isEmpty()) {
            getEntityManager().createQuery("""
                    select a.storyId, count(a) from AnalyzedArticleEntity a where a.storyId in ?1
                    group by a.storyId""", Object[].class).setParameter(1, storyIds).getResultList()
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    public List<AnalyzedArticleEntity> ofStory(UUID storyId) {
        return list("storyId", Sort.ascending("publishedAt", "articleId"), storyId);
    }

    /** The results of those of the given articles that were already analysed, by article id. */
    public Map<UUID, AnalysisResult> resultsOf(Collection<UUID> articleIds) {
        Map<UUID, AnalysisResult> results = new HashMap<>();
        getEntityManager().createQuery("""
                select new io.corroborate.api.AnalysisResult(a.articleId, a.storyId, a.claimCount)
                from AnalyzedArticleEntity a where a.articleId in ?1""", AnalysisResult.class)
                .setParameter(1, articleIds).getResultStream().forEach(r -> results.put(r.articleId(), r));
        return results;
    }

    /** The day each dated article of a story was published, in its own offset, by article id. */
    public Map<UUID, LocalDate> publishedDays(UUID storyId) {
        Map<UUID, LocalDate> days = new HashMap<>();
        getEntityManager().createQuery("""
                select a.articleId, a.publishedAt from AnalyzedArticleEntity a
                where a.storyId = ?1 and a.publishedAt is not null""", Object[].class)
                .setParameter(1, storyId).getResultStream()
                .forEach(row -> days.put((UUID) row[0], ((OffsetDateTime) row[1]).toLocalDate()));
        return days;
    }

    public long sourcesOf(UUID storyId) {
        return getEntityManager()
                .createQuery("select count(distinct a.source) from AnalyzedArticleEntity a where a.storyId = ?1",
                        Long.class)
                .setParameter(1, storyId).getSingleResult();
    }
}
