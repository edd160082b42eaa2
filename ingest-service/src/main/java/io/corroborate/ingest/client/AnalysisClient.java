package io.corroborate.ingest.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corroborate.api.AnalysisBatch;
import io.corroborate.api.AnalysisBatchResult;
import io.corroborate.api.AnalysisOutcome;
import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.Problem;

/** Delivers articles to analysis; no retry here: the outbox retries with back-off and survives restarts. */
@ApplicationScoped
public class AnalysisClient {

    private final AnalysisApi api;

    public AnalysisClient(@RestClient AnalysisApi api) {
        this.api = api;
    }

    /** The outcome of each article, by id: every article of the batch has one. */
    public Map<UUID, DeliveryOutcome> deliver(List<AnalysisRequest> batch) {
        Map<UUID, DeliveryOutcome> outcomes = new HashMap<>();
        try {
            AnalysisBatchResult result = call(new AnalysisBatch(batch));
            if (result != null && result.outcomes() != null) {
                for (AnalysisOutcome outcome : result.outcomes()) {
                    if (outcome != null && outcome.articleId() != null) {
                        outcomes.put(outcome.articleId(), outcome.result() != null
                                ? new DeliveryOutcome.Accepted(outcome.result())
                                : new DeliveryOutcome.Refused(outcome.refusedType(), outcome.refused()));
                    }
                }
            }
        } catch (WebApplicationException e) {
            // Analysis refuses articles one by one in its answer; a whole call refused (a wrong credential, a
            // version mismatch) is a fault of the deployment, not of the articles: keep them and retry.
            DeliveryOutcome failed = new DeliveryOutcome.Failed("analysis answered HTTP "
                    + e.getResponse().getStatus() + ": " + detail(e));
            batch.forEach(request -> outcomes.put(request.articleId(), failed));
        } catch (ProcessingException | FaultToleranceException e) {
            DeliveryOutcome failed = new DeliveryOutcome.Failed("analysis unreachable: " + e.getClass().getSimpleName());
            batch.forEach(request -> outcomes.put(request.articleId(), failed));
        }
        // An answer that leaves an article out is not an answer for it: deliver that one again later.
        batch.forEach(request -> outcomes.putIfAbsent(request.articleId(),
                new DeliveryOutcome.Failed("analysis gave no outcome for the article")));
        return outcomes;
    }

    @Timeout(60_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5_000)
    AnalysisBatchResult call(AnalysisBatch batch) {
        return api.analyze(batch);
    }

    private static String detail(WebApplicationException e) {
        try {
            Problem problem = e.getResponse().readEntity(Problem.class);
            return problem.detail() != null ? problem.detail() : problem.title();
        } catch (RuntimeException unreadable) {
            return "no problem details";
        }
    }
}
