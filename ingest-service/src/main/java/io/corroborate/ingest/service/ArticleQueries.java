package io.corroborate.ingest.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.corroborate.api.Article;
import io.corroborate.api.Page;
import io.corroborate.ingest.model.ArticleEntity;
import io.corroborate.ingest.repository.ArticleRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reads of stored articles. */
@ApplicationScoped
public class ArticleQueries {

    private final ArticleRepository articles;

    public ArticleQueries(ArticleRepository articles) {
        this.articles = articles;
    }

    public Optional<Article> find(UUID id) {
        return articles.findArticle(id);
    }

    @Transactional
    public Page<Article> list(String source, List<UUID> storyIds, int page, int size) {
        PanacheQuery<ArticleEntity> query = articles.filtered(source, storyIds).page(page, size);
        return new Page<>(query.list().stream().map(a -> a.toArticle().withoutText()).toList(), page, size,
                query.count());
    }
}
