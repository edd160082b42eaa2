package io.corroborate.gateway.client;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.corroborate.api.Article;
import io.corroborate.api.ArticleReceipt;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.BatchItemResult;
import io.corroborate.api.Page;
import io.corroborate.commons.ProblemException;

/**
 * Calls to ingest with timeouts, retries and a circuit breaker. Submissions may be retried: ingest answers the
 * same article with the same record, so a retried submission never creates a second one.
 */
@ApplicationScoped
@Timeout(5_000)
@Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000, skipOn = ProblemException.class)
public class IngestClient {

    private static final String SERVICE = "ingest";

    private final IngestApi api;

    public IngestClient(@RestClient IngestApi api) {
        this.api = api;
    }

    @Timeout(30_000)
    public RestResponse<ArticleReceipt> submit(ArticleSubmission submission) {
        return Downstream.call(SERVICE, () -> api.submit(submission));
    }

    @Timeout(120_000)
    @Retry(maxRetries = 0)
    public List<BatchItemResult> submitBatch(List<ArticleSubmission> submissions) {
        return Downstream.call(SERVICE, () -> api.submitBatch(submissions));
    }

    /** The article as JSON text, passed through without parsing. */
    public String articleJson(UUID id) {
        return Downstream.call(SERVICE, () -> api.getJson(id));
    }

    public Page<Article> articles(String source, List<UUID> storyIds, int page, int size) {
        return Downstream.call(SERVICE, () -> api.list(source, storyIds, page, size));
    }
}
