package io.corroborate.ingest.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.corroborate.api.ArticleStatus;
import io.corroborate.ingest.dedupe.MinHash;
import io.corroborate.ingest.model.ArticleEntity;
import io.corroborate.ingest.model.OutboxEntry;
import io.corroborate.ingest.repository.ArticleRepository;
import io.corroborate.ingest.repository.OutboxRepository;
import io.corroborate.commons.TraceContexts;

/** Writes an article and its outbox entry in one transaction, so that nothing stored is ever left undelivered. */
@ApplicationScoped
public class ArticleStore {

    private final ArticleRepository articles;
    private final OutboxRepository outbox;

    public ArticleStore(ArticleRepository articles, OutboxRepository outbox) {
        this.articles = articles;
        this.outbox = outbox;
    }

    @Transactional
    public Optional<ArticleEntity> findDuplicate(PreparedArticle prepared) {
        return articles.findDuplicate(prepared.urlKey(), prepared.textHash());
    }

    /**
     * The stored copy of this article, or a new one: one transaction. A concurrent insert of the same article
     * fails here on the unique keys and is rolled back whole; the caller then finds the winner.
     */
    @Transactional
    public Stored findOrInsert(PreparedArticle prepared) {
        Optional<ArticleEntity> existing = articles.findDuplicate(prepared.urlKey(), prepared.textHash());
        return existing.map(a -> new Stored(a, false)).orElseGet(() -> new Stored(insert(prepared), true));
    }

    /**
     * {@link #findOrInsert} for several articles in one transaction (one commit instead of one each); a later item
     * that repeats an earlier one finds it. Any unique-key conflict with a concurrent submission rolls back all.
     */
    @Transactional
    public List<Stored> findOrInsertAll(List<PreparedArticle> prepared) {
        List<Stored> stored = new ArrayList<>(prepared.size());
        for (PreparedArticle article : prepared) {
            Optional<ArticleEntity> existing = articles.findDuplicate(article.urlKey(), article.textHash());
            stored.add(existing.map(a -> new Stored(a, false)).orElseGet(() -> new Stored(insert(article), true)));
        }
        return stored;
    }

    /** An article as stored, and whether this call created it. */
    public record Stored(ArticleEntity article, boolean created) {
    }

    private ArticleEntity insert(PreparedArticle prepared) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ArticleEntity article = new ArticleEntity();
        article.id = UUID.randomUUID();
        article.source = prepared.source();
        article.url = prepared.url();
        article.urlKey = prepared.urlKey();
        article.title = prepared.title();
        article.byline = prepared.byline();
        article.publishedAt = prepared.publishedAt();
        article.language = prepared.language();
        article.text = prepared.text();
        article.textHash = prepared.textHash();
        markNearDuplicate(article, prepared.minhash());
        article.status = ArticleStatus.RECEIVED;
        article.receivedAt = now;
        article.updatedAt = now;
        articles.persistAndFlush(article);
        if (prepared.minhash() != null) {
            articles.indexBands(article.id, prepared.minhash());
        }
        OutboxEntry entry = new OutboxEntry();
        entry.articleId = article.id;
        entry.nextAttemptAt = now;
        entry.createdAt = now;
        entry.traceParent = TraceContexts.current();
        outbox.persistAndFlush(entry);
        return article;
    }

    private void markNearDuplicate(ArticleEntity article, long[] signature) {
        if (signature != null) {
            article.minhash = MinHash.toBytes(signature);
            article.duplicateOf = articles.findNearDuplicate(signature).orElse(null);
        }
    }
}
