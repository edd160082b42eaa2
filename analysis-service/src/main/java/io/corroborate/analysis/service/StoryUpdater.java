package io.corroborate.analysis.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corroborate.analysis.config.AnalysisConfig;
import io.corroborate.analysis.model.AnalyzedArticleEntity;
import io.corroborate.analysis.model.ClaimEntity;
import io.corroborate.analysis.model.StoryEntity;
import io.corroborate.analysis.pipeline.FactBuilder;
import io.corroborate.analysis.repository.AnalyzedArticleRepository;
import io.corroborate.analysis.repository.ClaimRepository;
import io.corroborate.analysis.repository.StoryRepository;
import io.corroborate.analysis.story.SignatureCache;
import io.corroborate.analysis.story.StoryMatcher;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.api.AnalysisRequest;
import io.corroborate.api.AnalysisResult;
import io.corroborate.api.Claim;
import io.corroborate.api.Comparison;
import io.corroborate.api.Fact;
import io.corroborate.api.Verdict;

/** Places an analysed article in a story and rebuilds that story's comparison; touches no other story. */
@ApplicationScoped
public class StoryUpdater {

    private final StoryRepository stories;
    private final AnalyzedArticleRepository articles;
    private final ClaimRepository claims;
    private final AnalysisConfig config;
    private final ObjectMapper json;
    private final FactBuilder factBuilder = new FactBuilder();
    private final SignatureCache signatures = new SignatureCache(20_000);

    public StoryUpdater(StoryRepository stories, AnalyzedArticleRepository articles, ClaimRepository claims,
            AnalysisConfig config, ObjectMapper json) {
        this.stories = stories;
        this.articles = articles;
        this.claims = claims;
        this.config = config;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AnalysisResult add(AnalysisRequest request, List<Claim> found, StorySignature signature) {
        stories.lockAssignment();
        OffsetDateTime published = request.publishedAt() != null ? request.publishedAt()
                : OffsetDateTime.now(ZoneOffset.UTC);
        StoryEntity story = storyOfOriginal(request.duplicateOf())
                .orElseGet(() -> storyFor(signature, published, request.title()));
        AnalyzedArticleEntity article = new AnalyzedArticleEntity();
        article.articleId = request.articleId();
        article.storyId = story.id;
        article.source = request.source();
        article.url = request.url();
        article.title = request.title();
        article.publishedAt = request.publishedAt();
        article.claimCount = found.size();
        article.analyzedAt = OffsetDateTime.now(ZoneOffset.UTC);
        articles.persist(article);
        for (int i = 0; i < found.size(); i++) {
            claims.persist(ClaimEntity.of(found.get(i), story.id, i));
        }
        claims.flush();
        update(story, signature, published);
        return new AnalysisResult(article.articleId, story.id, found.size());
    }

    private Optional<StoryEntity> storyOfOriginal(UUID original) {
        return original == null ? Optional.empty()
                : articles.findByIdOptional(original).map(a -> stories.findById(a.storyId));
    }

    private StoryEntity storyFor(StorySignature signature, OffsetDateTime published, String title) {
        List<StoryMatcher.Candidate> candidates = stories.candidates(published.minus(config.window()),
                published.plus(config.window()), config.maxCandidates()).stream()
                .map(s -> new StoryMatcher.Candidate(s.id(), signatures.get(s.id(), s.updatedAt(), s.signature())))
                .toList();
        return new StoryMatcher(config.matchThreshold()).match(signature, candidates)
                .map(stories::findById)
                .orElseGet(() -> create(published, title));
    }

    private StoryEntity create(OffsetDateTime published, String title) {
        StoryEntity story = new StoryEntity();
        story.id = UUID.randomUUID();
        story.title = title;
        story.signature = "";
        story.firstPublished = published;
        story.lastPublished = published;
        story.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        story.updatedAt = story.createdAt;
        stories.persist(story);
        return story;
    }

    private void update(StoryEntity story, StorySignature signature, OffsetDateTime published) {
        story.signature = StorySignature.decode(story.signature).merge(signature).encode();
        story.firstPublished = published.isBefore(story.firstPublished) ? published : story.firstPublished;
        story.lastPublished = published.isAfter(story.lastPublished) ? published : story.lastPublished;
        if (story.title == null) {
            story.title = articles.ofStory(story.id).stream().map(a -> a.title).filter(t -> t != null).findFirst()
                    .orElse(null);
        }
        story.articleCount = (int) articles.count("storyId", story.id);
        story.sourceCount = (int) articles.sourcesOf(story.id);
        List<Fact> facts = factBuilder.compare(story.id, claims.ofStory(story.id).stream()
                .map(ClaimEntity::toClaim).toList());
        story.factCount = facts.size();
        story.conflictCount = (int) facts.stream().filter(f -> f.verdict() == Verdict.CONFLICT).count();
        story.comparison = write(new Comparison(story.id, facts));
        story.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private String write(Comparison comparison) {
        try {
            return json.writeValueAsString(comparison);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A comparison must always serialize", e);
        }
    }
}
