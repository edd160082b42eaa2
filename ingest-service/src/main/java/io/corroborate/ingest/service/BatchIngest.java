package io.corroborate.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.api.Problem;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.IngestConfig;

/**
 * Ingests a batch: each item gets its receipt or its own problem, in order; one bad item spoils nothing. The good
 * items are stored in one transaction.
 */
@ApplicationScoped
public class BatchIngest {

    private final IngestService ingest;
    private final Validator validator;
    private final IngestConfig config;

    public BatchIngest(IngestService ingest, Validator validator, IngestConfig config) {
        this.ingest = ingest;
        this.validator = validator;
        this.config = config;
    }

    public List<BatchItemResult> submitAll(List<ArticleSubmission> submissions) {
        if (submissions.size() > config.maxBatchSize()) {
            throw ProblemException.tooLarge("A batch holds at most " + config.maxBatchSize() + " articles");
        }
        BatchItemResult[] results = new BatchItemResult[submissions.size()];
        List<Integer> positions = new ArrayList<>(submissions.size());
        List<PreparedArticle> prepared = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            try {
                prepared.add(prepare(submissions.get(i)));
                positions.add(i);
            } catch (ProblemException e) {
                results[i] = failed(e);
            }
        }
        List<Submitted> stored = ingest.storeAll(prepared);
        for (int k = 0; k < stored.size(); k++) {
            Submitted submitted = stored.get(k);
            results[positions.get(k)] = new BatchItemResult(submitted.created() ? 201 : 200, submitted.receipt(), null);
        }
        return List.of(results);
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
