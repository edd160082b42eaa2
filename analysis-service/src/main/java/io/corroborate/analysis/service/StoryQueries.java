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

/** Reads of stories, comparisons and claims; comparisons are served as stored, not rebuilt. */
@ApplicationScoped
public class StoryQueries {

    private final StoryRepository stories;
    private final AnalyzedArticleRepository articles;
    private final ClaimRepository claims;
    private final StoryReads reads;

    public StoryQueries(StoryRepository stories, AnalyzedArticleRepository articles, ClaimRepository claims,
            StoryReads reads) {
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
        this.reads = reads;
    }

    public Page<StorySummary> list(int page, int size) {
        return reads.summaries(page, size);
    }

    /** The story, or the one it was merged into. */
    @Transactional
    public Optional<Story> story(UUID id) {
        return stories.findByIdOptional(id).or(() -> stories.mergedInto(id).flatMap(stories::findByIdOptional))
                .map(s -> new Story(s.id, s.title, s.articleCount, s.sourceCount, s.factCount, s.conflictCount,
                        s.firstPublished, s.lastPublished,
                        articles.ofStory(s.id).stream().map(AnalyzedArticleEntity::toStoryArticle).toList(),
                        stories.mergedFrom(s.id)));
    }

    /** The stored comparison JSON of a story, or of the one it was merged into. */
    public Optional<String> comparisonJson(UUID id) {
        return reads.comparisonJson(id);
    }

    /** The claims of an article, or empty when analysis has not seen it. */
    @Transactional
    public Optional<List<Claim>> claimsOf(UUID articleId) {
        return articles.findByIdOptional(articleId)
                .map(a -> claims.ofArticle(articleId).stream().map(ClaimEntity::toClaim).toList());
    }
}
