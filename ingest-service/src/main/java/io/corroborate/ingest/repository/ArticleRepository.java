package io.corroborate.ingest.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.ingest.model.ArticleEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Articles by id, by duplicate keys, and in filtered pages. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, UUID> {

    public Optional<ArticleEntity> findDuplicate(String urlKey, String textHash) {
        if (urlKey != null) {
            Optional<ArticleEntity> byUrl = find("urlKey", urlKey).firstResultOptional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return find("textHash", textHash).firstResultOptional();
    }

    public PanacheQuery<ArticleEntity> filtered(String source, UUID storyId) {
        Sort newestFirst = Sort.descending("receivedAt").and("id");
        if (source != null && storyId != null) {
            return find("source = :source and storyId = :story", newestFirst,
                    Parameters.with("source", source).and("story", storyId));
        }
        if (source != null) {
            return find("source", newestFirst, source);
        }
        return storyId != null ? find("storyId", newestFirst, storyId) : findAll(newestFirst);
    }
}
