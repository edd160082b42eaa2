package io.corroborate.analysis.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.model.AnalyzedArticleEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Analysed articles by story. */
@ApplicationScoped
public class AnalyzedArticleRepository implements PanacheRepositoryBase<AnalyzedArticleEntity, UUID> {

    public List<AnalyzedArticleEntity> ofStory(UUID storyId) {
        return list("storyId", Sort.ascending("publishedAt", "articleId"), storyId);
    }

    public long sourcesOf(UUID storyId) {
        return getEntityManager()
                .createQuery("select count(distinct a.source) from AnalyzedArticleEntity a where a.storyId = ?1",
                        Long.class)
                .setParameter(1, storyId).getSingleResult();
    }
}
