package io.corroborate.ingest.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.api.Article;
import io.corroborate.api.ArticleStatus;
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

    private final Jdbc jdbc;

    public ArticleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The earliest stored original whose MinHash signature says it is nearly the same text. */
    public Optional<UUID> findNearDuplicate(long[] signature) {
        // Only ids and signatures of the candidates sharing a band: their texts are never needed here.
        return jdbc.rows("""
                SELECT a.id, a.minhash FROM article a
                WHERE a.id IN (SELECT article_id FROM article_band WHERE band_key = ANY(?))
                  AND a.duplicate_of IS NULL AND a.minhash IS NOT NULL
                ORDER BY a.received_at""",
                rows -> {
                    while (rows.next()) {
                        if (MinHash.similarity(MinHash.fromBytes(rows.getBytes(2)), signature)
                                >= MinHash.NEAR_DUPLICATE) {
                            return Optional.of(rows.getObject(1, UUID.class));
                        }
                    }
                    return Optional.<UUID>empty();
                }, jdbc.bigintArray(MinHash.bandKeys(signature)));
    }

    /** Indexes an article's band keys so that later near-duplicates find it. */
    public void indexBands(UUID articleId, long[] signature) {
        jdbc.update("INSERT INTO article_band (band_key, article_id) SELECT unnest(?), ?",
                jdbc.bigintArray(MinHash.bandKeys(signature)), articleId);
    }

    /**
     * One article as the API shows it, read with plain JDBC in auto-commit: the hottest read, and the entity would
     * also load the MinHash signature it never shows.
     */
    public Optional<Article> findArticle(UUID id) {
        return jdbc.rows("""
                SELECT id, source, url, title, byline, published_at, language, status, failure_reason, failure_type,
                       story_id, duplicate_of, received_at, text
                FROM article WHERE id = ?""", rows -> rows.next()
                ? Optional.of(new Article(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class),
                        rows.getString(7), ArticleStatus.valueOf(rows.getString(8)), rows.getString(9),
                        rows.getString(10), rows.getObject(11, UUID.class), rows.getObject(12, UUID.class),
                        rows.getObject(13, OffsetDateTime.class), rows.getString(14)))
                : Optional.<Article>empty(), id);
    }

    /** Articles newest first, of one source and/or of any of the given stories (null or empty: any). */
    public PanacheQuery<ArticleEntity> filtered(String source, List<UUID> storyIds) {
        Sort newestFirst = Sort.descending("receivedAt").and("id");
        boolean byStory = storyIds != null && !storyIds.isEmpty();
        if (source != null && byStory) {
            return find("source = :source and storyId in :stories", newestFirst,
                    Parameters.with("source", source).and("stories", storyIds));
        }
        if (source != null) {
            return find("source", newestFirst, source);
        }
        return byStory ? find("storyId in ?1", newestFirst, storyIds) : findAll(newestFirst);
    }
}
