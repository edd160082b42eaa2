package io.corroborate.analysis.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.corroborate.analysis.model.AnalyzedArticleEntity;
import io.corroborate.analysis.model.ClaimEntity;
import io.corroborate.analysis.repository.AnalyzedArticleRepository;
import io.corroborate.analysis.repository.ClaimRepository;
import io.corroborate.analysis.repository.StoryReads;
import io.corroborate.analysis.repository.StoryRepository;
import io.corroborate.api.Claim;
import io.corroborate.api.Page;
import io.corroborate.api.Story;
import io.corroborate.api.StorySummary;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads of stories, comparisons and claims. Comparisons are served as stored; one older than its story's articles
 * (placed a moment ago, its rebuild still waiting on {@link ComparisonWorker}) is rebuilt first, so that a reader
 * always sees every placed article in its story's comparison and counts.
 */
@ApplicationScoped
public class StoryQueries {

    private final StoryRepository stories;
    private final AnalyzedArticleRepository articles;
    private final ClaimRepository claims;
    private final StoryReads reads;
    private final StoryUpdater updater;

    public StoryQueries(StoryRepository stories, AnalyzedArticleRepository articles, ClaimRepository claims,
            StoryReads reads, StoryUpdater updater) {
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
        this.reads = reads;
        this.updater = updater;
    }

    public Page<StorySummary> list(int page, int size) {
        StoryReads.Summaries read = reads.summaries(page, size);
        if (read.due().isEmpty()) {
            return read.page();
        }
        read.due().forEach(this::rebuild);
        return reads.summaries(page, size).page();
    }

    /** The story, or the one it was merged into. */
    public Optional<Story> story(UUID id) {
        reads.due(id).ifPresent(this::rebuild);
        return QuarkusTransaction.requiringNew().call(() -> load(id));
    }

    private Optional<Story> load(UUID id) {
        return stories.findByIdOptional(id).or(() -> stories.mergedInto(id).flatMap(stories::findByIdOptional))
                .map(s -> new Story(s.id, s.title, s.articleCount, s.sourceCount, s.factCount, s.conflictCount,
                        s.firstPublished, s.lastPublished,
                        articles.ofStory(s.id).stream().map(AnalyzedArticleEntity::toStoryArticle).toList(),
                        stories.mergedFrom(s.id)));
    }

    /** The stored comparison JSON of a story, or of the one it was merged into. */
    public Optional<String> comparisonJson(UUID id) {
        Optional<StoryReads.StoredComparison> stored = reads.comparison(id);
        if (stored.isPresent() && stored.get().due()) {
            rebuild(stored.get().story());
            stored = reads.comparison(id);
        }
        return stored.map(StoryReads.StoredComparison::json);
    }

    /** Brings a story's comparison up to date now; should that fail, the reader gets the one stored. */
    private void rebuild(UUID story) {
        try {
            QuarkusTransaction.requiringNew().call(() -> updater.rebuild(story));
        } catch (RuntimeException e) {
            Log.warnf(e, "The comparison of story %s could not be rebuilt for a read; serving the stored one", story);
        }
    }

    /** The claims of an article, or empty when analysis has not seen it. */
    @Transactional
    public Optional<List<Claim>> claimsOf(UUID articleId) {
        return articles.findByIdOptional(articleId)
                .map(a -> claims.ofArticle(articleId).stream().map(ClaimEntity::toClaim).toList());
    }
}
