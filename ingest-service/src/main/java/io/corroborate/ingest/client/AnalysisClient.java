package io.corroborate.ingest.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.AnalysisResult;
import io.corroborate.api.Problem;

/** Delivers articles to analysis; no retry here: the outbox retries with back-off and survives restarts. */
@ApplicationScoped
public class AnalysisClient {

    private final AnalysisApi api;

    public AnalysisClient(@RestClient AnalysisApi api) {
        this.api = api;
    }

    public DeliveryOutcome deliver(AnalysisRequest request) {
        try {
            return new DeliveryOutcome.Accepted(call(request));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return new DeliveryOutcome.Refused(detail(e));
            }
            return new DeliveryOutcome.Failed("analysis answered HTTP " + status);
        } catch (ProcessingException | FaultToleranceException e) {
            return new DeliveryOutcome.Failed("analysis unreachable: " + e.getClass().getSimpleName());
        }
    }

    @Timeout(30_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5_000)
    AnalysisResult call(AnalysisRequest request) {
        return api.analyze(request);
    }

    private static String detail(WebApplicationException e) {
        try {
            Problem problem = e.getResponse().readEntity(Problem.class);
            return problem.detail() != null ? problem.detail() : problem.title();
        } catch (RuntimeException unreadable) {
            return "analysis refused the article (HTTP " + e.getResponse().getStatus() + ")";
        }
    }
}
