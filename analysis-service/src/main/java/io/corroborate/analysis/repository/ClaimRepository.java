package io.corroborate.analysis.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.model.ClaimEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Claims by article and by story. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    public List<ClaimEntity> ofArticle(UUID articleId) {
        return list("articleId", Sort.ascending("ordinal"), articleId);
    }

    public List<ClaimEntity> ofStory(UUID storyId) {
        return list("storyId", storyId);
    }
}
