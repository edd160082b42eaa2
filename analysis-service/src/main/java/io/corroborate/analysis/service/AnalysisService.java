package io.corroborate.analysis.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.analysis.model.AnalyzedArticleEntity;
import io.corroborate.analysis.repository.AnalyzedArticleRepository;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.AnalysisResult;
import io.corroborate.api.Claim;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Analyses a delivered article exactly once: claims are extracted outside any transaction, then the article joins
 * a story and the story's comparison is rebuilt in one transaction. A redelivery answers the first result.
 */
@ApplicationScoped
public class AnalysisService {

    private final AnalyzedArticleRepository articles;
    private final ClaimFinder claims;
    private final StoryUpdater stories;
    private final MeterRegistry metrics;

    public AnalysisService(AnalyzedArticleRepository articles, ClaimFinder claims, StoryUpdater stories,
            MeterRegistry metrics) {
        this.articles = articles;
        this.claims = claims;
        this.stories = stories;
        this.metrics = metrics;
    }

    public AnalysisResult analyze(AnalysisRequest request) {
        Optional<AnalysisResult> done = QuarkusTransaction.requiringNew().call(() -> previous(request));
        if (done.isPresent()) {
            return done.get();
        }
        // A near-duplicate repeats its original's figures; counting them again would fake a second source.
        List<Claim> found = request.duplicateOf() != null ? List.of()
                : claims.find(request.articleId(), request.source(), request.text());
        StorySignature signature = StorySignature.ofArticle(request.title(), request.text());
        AnalysisResult result = QuarkusTransaction.requiringNew()
                .call(() -> previous(request).orElseGet(() -> stories.add(request, found, signature)));
        metrics.counter("corroborate.analysis.articles").increment();
        metrics.counter("corroborate.analysis.claims").increment(found.size());
        return result;
    }

    private Optional<AnalysisResult> previous(AnalysisRequest request) {
        return articles.findByIdOptional(request.articleId()).map(AnalysisService::resultOf);
    }

    private static AnalysisResult resultOf(AnalyzedArticleEntity article) {
        return new AnalysisResult(article.articleId, article.storyId, article.claimCount);
    }
}
