package io.corroborate.analysis.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.corroborate.analysis.repository.AnalyzedArticleRepository;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.api.AnalysisOutcome;
import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.AnalysisResult;
import io.corroborate.api.Claim;
import io.corroborate.commons.DataErrors;
import io.corroborate.commons.Problems;
import io.corroborate.commons.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Analyses delivered articles exactly once: claims are extracted outside any transaction, each article in the trace
 * of its submission; then the batch joins stories in one transaction, and the comparisons of the stories it touched
 * are left to {@link ComparisonWorker}. A redelivered article is answered with its first result.
 */
@ApplicationScoped
public class AnalysisService {

    private final AnalyzedArticleRepository articles;
    private final ClaimFinder claims;
    private final StoryUpdater stories;
    private final ComparisonWorker comparisons;
    private final MeterRegistry metrics;
    private final Tracer tracer;

    public AnalysisService(AnalyzedArticleRepository articles, ClaimFinder claims, StoryUpdater stories,
            ComparisonWorker comparisons, MeterRegistry metrics, Tracer tracer) {
        this.articles = articles;
        this.claims = claims;
        this.stories = stories;
        this.comparisons = comparisons;
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /** One outcome per request, in order. */
    public List<AnalysisOutcome> analyzeAll(List<AnalysisRequest> requests) {
        Map<UUID, AnalysisOutcome> outcomes = new HashMap<>();
        Map<UUID, AnalysisRequest> pending = new LinkedHashMap<>();
        for (AnalysisRequest request : requests) {
            String invalid = invalid(request);
            if (invalid != null) {
                outcomes.put(request == null ? null : request.articleId(),
                        AnalysisOutcome.refused(request == null ? null : request.articleId(),
                                Problems.type("validation"), invalid));
            } else {
                pending.putIfAbsent(request.articleId(), request);
            }
        }
        if (!pending.isEmpty()) {
            QuarkusTransaction.requiringNew().call(() -> articles.resultsOf(pending.keySet()))
                    .forEach((id, result) -> {
                        pending.remove(id);
                        outcomes.put(id, AnalysisOutcome.accepted(result));
                    });
        }
        List<StoryUpdater.Analyzed> analyzed = new ArrayList<>(pending.size());
        for (AnalysisRequest request : pending.values()) {
            try {
                analyzed.add(analyze(request));
            } catch (RuntimeException e) {
                // A defect for this text must not hold back the rest of the batch on every retry.
                String incident = UUID.randomUUID().toString();
                Log.errorf(e, "Analysis of article %s failed (incident %s)", request.articleId(), incident);
                outcomes.put(request.articleId(), AnalysisOutcome.refused(request.articleId(),
                        Problems.type("internal"), "analysis failed (incident " + incident + ")"));
            }
        }
        place(analyzed).forEach(outcome -> outcomes.put(outcome.articleId(), outcome));
        return requests.stream().map(r -> outcomes.get(r == null ? null : r.articleId())).toList();
    }

    private StoryUpdater.Analyzed analyze(AnalysisRequest request) {
        Span span = tracer.spanBuilder("analyze article").setParent(TraceContexts.restore(request.traceParent()))
                .setAttribute("corroborate.article.id", request.articleId().toString()).startSpan();
        try (Scope scope = span.makeCurrent()) {
            // A near-duplicate repeats its original's figures; counting them again would fake a second source.
            List<Claim> found = request.duplicateOf() != null ? List.of()
                    : claims.find(request.articleId(), request.source(), request.text(), request.publishedAt());
            Log.debugf("Article %s from %s: %d claims", request.articleId(), request.source(), found.size());
            return new StoryUpdater.Analyzed(request, found, StorySignature.ofArticle(request.title(), request.text()));
        } finally {
            span.end();
        }
    }

    /**
     * Places the batch in one transaction; if that fails, each article alone, so that one article the database
     * refuses for good (bad data) is refused without holding back the others. A failure that may pass (the
     * database is down) propagates: the caller delivers again later.
     */
    private List<AnalysisOutcome> place(List<StoryUpdater.Analyzed> analyzed) {
        if (analyzed.isEmpty()) {
            return List.of();
        }
        try {
            StoryUpdater.Placed placed = QuarkusTransaction.requiringNew().call(() -> stories.addAll(analyzed));
            comparisons.submit(placed.stories());
            return accepted(placed.results());
        } catch (PersistenceException e) {
            if (analyzed.size() == 1) {
                return List.of(refuseIfPermanent(analyzed.get(0), e));
            }
            Log.warnf("Batch of %d articles failed (%s); placing them one by one", analyzed.size(), e.getMessage());
        }
        List<AnalysisOutcome> outcomes = new ArrayList<>(analyzed.size());
        Set<UUID> touched = new LinkedHashSet<>();
        for (StoryUpdater.Analyzed one : analyzed) {
            try {
                StoryUpdater.Placed placed = QuarkusTransaction.requiringNew()
                        .call(() -> stories.addAll(List.of(one)));
                touched.addAll(placed.stories());
                outcomes.addAll(accepted(placed.results()));
            } catch (PersistenceException e) {
                outcomes.add(refuseIfPermanent(one, e));
            }
        }
        comparisons.submit(touched);
        return outcomes;
    }

    private List<AnalysisOutcome> accepted(List<AnalysisResult> results) {
        metrics.counter("corroborate.analysis.articles").increment(results.size());
        metrics.counter("corroborate.analysis.claims").increment(results.stream().mapToInt(AnalysisResult::claimCount)
                .sum());
        return results.stream().map(AnalysisOutcome::accepted).toList();
    }

    /** Data the database refuses (see {@link DataErrors}) will not pass with time; anything else might. */
    private static AnalysisOutcome refuseIfPermanent(StoryUpdater.Analyzed analyzed, PersistenceException e) {
        if (!DataErrors.refusedData(e)) {
            throw e;
        }
        // The database's words stay in the log: the reason is public (the article's failure_reason).
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Database refused article %s (incident %s)", analyzed.request().articleId(), incident);
        return AnalysisOutcome.refused(analyzed.request().articleId(), Problems.type("unprocessable-value"),
                "the article could not be stored: one of its values was refused (incident " + incident + ")");
    }

    private static String invalid(AnalysisRequest request) {
        if (request == null || request.articleId() == null) {
            return "articleId is required";
        }
        if (request.source() == null || request.source().isBlank()) {
            return "source is required";
        }
        return request.text() == null ? "text is required" : null;
    }
}
