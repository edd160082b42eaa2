package io.corroborate.ingest.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.corroborate.api.ArticleReceipt;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.ingest.model.ArticleEntity;
import io.quarkus.logging.Log;

/** Ingests submissions: prepare, find an existing copy, or store and wake the delivery worker. */
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
        return store(preparer.prepare(submission));
    }

    /** Prepares one submission (extraction, cleaning, fetching): a problem if it cannot be ingested. */
    public PreparedArticle prepare(ArticleSubmission submission) {
        return preparer.prepare(submission);
    }

    /**
     * Stores prepared articles in one transaction and wakes delivery once; if a concurrent submission of one of
     * them wins a race, stores them one by one instead, each answered with its winner.
     */
    public List<Submitted> storeAll(List<PreparedArticle> prepared) {
        if (prepared.size() > 1) {
            try {
                List<ArticleStore.Stored> stored = store.findOrInsertAll(prepared);
                if (stored.stream().anyMatch(ArticleStore.Stored::created)) {
                    delivery.wake();
                }
                return stored.stream().map(s -> new Submitted(receipt(s.article()), s.created())).toList();
            } catch (PersistenceException e) {
                if (!lostRace(e)) {
                    throw e;
                }
            }
        }
        return prepared.stream().map(this::store).toList();
    }

    private Submitted store(PreparedArticle prepared) {
        try {
            ArticleStore.Stored stored = store.findOrInsert(prepared);
            if (stored.created()) {
                Log.debugf("Stored article %s from %s", stored.article().id, stored.article().source);
                delivery.wake();
            }
            return new Submitted(receipt(stored.article()), stored.created());
        } catch (PersistenceException e) {
            if (!lostRace(e)) {
                throw e;
            }
            // Lost a race with a concurrent submission of the same article: answer with the winner.
            return new Submitted(receipt(store.findDuplicate(prepared).orElseThrow(() -> e)), false);
        }
    }

    private static boolean lostRace(PersistenceException e) {
        return e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException;
    }

    private static ArticleReceipt receipt(ArticleEntity article) {
        return new ArticleReceipt(article.id, article.status, article.duplicateOf);
    }
}
