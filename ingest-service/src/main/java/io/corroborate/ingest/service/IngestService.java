package io.corroborate.ingest.service;

import java.util.Optional;

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
        Optional<ArticleEntity> existing = store.findDuplicate(prepared);
        if (existing.isPresent()) {
            return new Submitted(receipt(existing.get()), false);
        }
        try {
            ArticleEntity created = store.insert(prepared);
            Log.debugf("Stored article %s from %s", created.id, created.source);
            delivery.wake();
            return new Submitted(receipt(created), true);
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
