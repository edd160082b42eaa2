package io.corroborate.ingest.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.api.Problem;
import io.corroborate.commons.DataErrors;
import io.corroborate.commons.ProblemException;
import io.corroborate.commons.Problems;
import io.corroborate.ingest.config.IngestConfig;
import io.quarkus.logging.Log;

/**
 * Ingests a batch: each item gets its receipt or its own problem, in order; one bad item spoils nothing. The good
 * items are stored in one transaction. Items given by URL are fetched several at a time, and a batch holds few
 * enough of them to be answered within the gateway's time budget.
 */
@ApplicationScoped
public class BatchIngest {

    private final IngestService ingest;
    private final Validator validator;
    private final IngestConfig config;
    /** Fetches the pages of batch requests, {@link IngestConfig#batchFetches()} at a time across all requests. */
    private final ExecutorService fetchers;

    public BatchIngest(IngestService ingest, Validator validator, IngestConfig config) {
        this.ingest = ingest;
        this.validator = validator;
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.fetchers = Executors.newFixedThreadPool(config.batchFetches(), task -> {
            Thread thread = new Thread(task, "batch-fetch-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public List<BatchItemResult> submitAll(List<ArticleSubmission> submissions) {
        if (submissions.size() > config.maxBatchSize()) {
            throw ProblemException.tooLarge("A batch holds at most " + config.maxBatchSize() + " articles");
        }
        long toFetch = submissions.stream().filter(BatchIngest::fetched).count();
        if (toFetch > config.maxBatchUrls()) {
            throw ProblemException.tooLarge("A batch fetches at most " + config.maxBatchUrls()
                    + " articles by URL (this one asks for " + toFetch + "); send the others in another batch");
        }
        // Pages to fetch are fetched several at a time, each within the fetch time budget; the rest are read here.
        Map<Integer, Future<PreparedArticle>> fetching = new HashMap<>();
        for (int i = 0; i < submissions.size(); i++) {
            ArticleSubmission submission = submissions.get(i);
            if (fetched(submission)) {
                fetching.put(i, fetchers.submit(() -> prepare(submission)));
            }
        }
        BatchItemResult[] results = new BatchItemResult[submissions.size()];
        List<Integer> positions = new ArrayList<>(submissions.size());
        List<PreparedArticle> prepared = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            try {
                Future<PreparedArticle> page = fetching.get(i);
                prepared.add(page == null ? prepare(submissions.get(i)) : await(page));
                positions.add(i);
            } catch (ProblemException e) {
                results[i] = failed(e);
            } catch (RuntimeException e) {
                // A defect on one item's page or text is that item's failure: the others are stored all the same.
                results[i] = failed(new ProblemException(Problems.incident(e, "batch item " + i)));
            }
        }
        List<Submitted> stored;
        try {
            stored = ingest.storeAll(prepared);
        } catch (PersistenceException e) {
            // One item the database refuses must not fail the others: store each alone and answer for each.
            Log.warnf("A batch of %d articles failed to store (%s); storing them one by one", prepared.size(),
                    e.getMessage());
            for (int k = 0; k < prepared.size(); k++) {
                results[positions.get(k)] = storeAlone(prepared.get(k));
            }
            return List.of(results);
        }
        for (int k = 0; k < stored.size(); k++) {
            Submitted submitted = stored.get(k);
            results[positions.get(k)] = new BatchItemResult(submitted.created() ? 201 : 200, submitted.receipt(), null);
        }
        return List.of(results);
    }

    /**
     * Stores one article on its own; a refusal of its data (SQL states 22 and 23) is that item's 422, anything else
     * (the database is down) still fails the request, which the client may retry.
     */
    private BatchItemResult storeAlone(PreparedArticle article) {
        try {
            Submitted submitted = ingest.storeAll(List.of(article)).get(0);
            return new BatchItemResult(submitted.created() ? 201 : 200, submitted.receipt(), null);
        } catch (PersistenceException e) {
            if (!DataErrors.refusedData(e)) {
                throw e;
            }
            Log.warnf("Article from %s refused by the database: %s", article.source(), e.getMessage());
            return failed(ProblemException.unprocessable("refused", "Article refused",
                    "The article could not be stored: one of its values is not acceptable"));
        }
    }

    /** An item given by its URL alone: its page must be fetched. */
    private static boolean fetched(ArticleSubmission submission) {
        return submission != null && submission.html() == null && submission.text() == null
                && submission.url() != null;
    }

    private static PreparedArticle await(Future<PreparedArticle> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // the item's own problem (unreachable page, not an article), or a fault
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a batch's pages", e);
        }
    }

    @PreDestroy
    void stop() {
        fetchers.shutdownNow();
    }

    private PreparedArticle prepare(ArticleSubmission submission) {
        if (submission == null) {
            throw ProblemException.badRequest("The item is null");
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
            throw ProblemException.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        return ingest.prepare(submission);
    }

    private static BatchItemResult failed(ProblemException e) {
        return new BatchItemResult(e.problem().status(), null, e.problem());
    }
}
