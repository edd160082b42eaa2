package io.corroborate.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.corroborate.api.ArticleReceipt;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.ingest.model.ArticleEntity;
import io.quarkus.logging.Log;

/** Ingests one submission: prepare, find an existing copy, or store it and wake the delivery worker. */
@ApplicationScoped
public class IngestService {

    private final ArticlePreparer preparer;
    private final ArticleStore store;
    private final DeliveryWorker delivery;

    public IngestService(ArticlePreparer preparer, ArticleStore store, DeliveryWorker delivery) {
        this.preparer = preparer;
        this.store = store;
        this.delivery = delivery;
    }

    public Submitted submit(ArticleSubmission submission) {
        PreparedArticle prepared = preparer.prepare(submission);
        try {
            ArticleStore.Stored stored = store.findOrInsert(prepared);
            if (stored.created()) {
                Log.debugf("Stored article %s from %s", stored.article().id, stored.article().source);
                delivery.wake();
            }
            return new Submitted(receipt(stored.article()), stored.created());
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException) && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            // Lost a race with a concurrent submission of the same article: answer with the winner.
            return new Submitted(receipt(store.findDuplicate(prepared).orElseThrow(() -> e)), false);
        }
    }

    private static ArticleReceipt receipt(ArticleEntity article) {
        return new ArticleReceipt(article.id, article.status, article.duplicateOf);
    }
}
