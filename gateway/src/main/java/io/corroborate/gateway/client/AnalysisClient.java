package io.corroborate.gateway.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corroborate.api.AnalyzeRequest;
import io.corroborate.api.AnalyzeResponse;
import io.corroborate.api.Claim;
import io.corroborate.api.Page;
import io.corroborate.api.Story;
import io.corroborate.api.StorySummary;
import io.corroborate.commons.ProblemException;

/** Calls to analysis with timeouts, retries (all are idempotent) and a circuit breaker. */
@ApplicationScoped
@Timeout(5_000)
@Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ProblemException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000, skipOn = ProblemException.class)
public class AnalysisClient {

    private static final String SERVICE = "analysis";

    private final AnalysisApi api;

    public AnalysisClient(@RestClient AnalysisApi api) {
        this.api = api;
    }

    public Page<StorySummary> stories(int page, int size) {
        return Downstream.call(SERVICE, () -> api.stories(page, size));
    }

    /** The same page as JSON text, passed through without parsing. */
    public String storiesJson(int page, int size) {
        return Downstream.call(SERVICE, () -> api.storiesJson(page, size));
    }

    public Story story(UUID id) {
        return Downstream.call(SERVICE, () -> api.story(id));
    }

    /**
     * The ids an article of story {@code id} may carry: the story's own (or, if it was merged, the survivor's) and
     * those of the stories merged into it. An unknown story stands for itself.
     */
    public List<UUID> storyIds(UUID id) {
        try {
            Story story = story(id);
            List<UUID> ids = new ArrayList<>();
            ids.add(story.id());
            ids.addAll(story.mergedFrom() == null ? List.of() : story.mergedFrom());
            return ids;
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return List.of(id);
            }
            throw e;
        }
    }

    /**
     * The story an article placed in story {@code id} belongs to now: the survivor when that story was merged into
     * another, else {@code id} itself (also when analysis does not know the story). One try within a second: the
     * article it completes is served without it when analysis is slow or down.
     */
    @Timeout(1_000)
    @Retry(maxRetries = 0)
    public UUID currentStory(UUID id) {
        try {
            // The API itself, not this client's story(): that one's own retries and timeout would hold the caller.
            return Downstream.call(SERVICE, () -> api.story(id)).id();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return id;
            }
            throw e;
        }
    }

    public String comparisonJson(UUID id) {
        return Downstream.call(SERVICE, () -> api.comparisonJson(id));
    }

    public List<Claim> claims(UUID articleId) {
        return Downstream.call(SERVICE, () -> api.claims(articleId));
    }

    @Timeout(10_000)
    public AnalyzeResponse analyze(AnalyzeRequest request) {
        return Downstream.call(SERVICE, () -> api.analyze(request));
    }
}
