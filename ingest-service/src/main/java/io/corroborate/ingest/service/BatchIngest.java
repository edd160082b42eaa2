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

/** Ingests a batch item by item: each gets its receipt or its own problem, in order; one bad item spoils nothing. */
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
        List<BatchItemResult> results = new ArrayList<>(submissions.size());
        for (ArticleSubmission submission : submissions) {
            results.add(submitOne(submission));
        }
        return results;
    }

    private BatchItemResult submitOne(ArticleSubmission submission) {
        if (submission == null) {
            return failed(ProblemException.badRequest("The item is null"));
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
            return failed(ProblemException.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors));
        }
        try {
            Submitted submitted = ingest.submit(submission);
            return new BatchItemResult(submitted.created() ? 201 : 200, submitted.receipt(), null);
        } catch (ProblemException e) {
            return failed(e);
        }
    }

    private static BatchItemResult failed(ProblemException e) {
        return new BatchItemResult(e.problem().status(), null, e.problem());
    }
}
