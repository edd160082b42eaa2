package io.corroborate.ingest.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.ingest.dedupe.MinHash;
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

    /** The earliest stored original whose MinHash signature says it is nearly the same text. */
    @SuppressWarnings("unchecked")
    public Optional<ArticleEntity> findNearDuplicate(long[] signature) {
        List<UUID> candidates = getEntityManager().createNativeQuery(
                "SELECT DISTINCT article_id FROM article_band WHERE band_key = ANY(:keys)", UUID.class)
                .setParameter("keys", MinHash.bandKeys(signature)).getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return find("id in ?1 and duplicateOf is null", Sort.ascending("receivedAt"), candidates).stream()
                .filter(a -> a.minhash != null
                        && MinHash.similarity(MinHash.fromBytes(a.minhash), signature) >= MinHash.NEAR_DUPLICATE)
                .findFirst();
    }

    /** Indexes an article's band keys so that later near-duplicates find it. */
    public void indexBands(UUID articleId, long[] signature) {
        getEntityManager().createNativeQuery(
                "INSERT INTO article_band (band_key, article_id) SELECT unnest(CAST(?1 AS bigint[])), ?2")
                .setParameter(1, MinHash.bandKeys(signature)).setParameter(2, articleId).executeUpdate();
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
