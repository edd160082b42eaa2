package io.corroborate.analysis.story;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Picks the story an article belongs to: the most similar candidate above a threshold, else none (a new story).
 * When the caller keeps {@link TermStatistics} over the stories so far, terms are weighted by their rarity, so a
 * name found in many stories ("trump") counts for little.
 */
public final class StoryMatcher {

    /** A story that may receive the article. */
    public record Candidate(UUID storyId, StorySignature signature) {
    }

    private final double threshold;

    public StoryMatcher(double threshold) {
        this.threshold = threshold;
    }

    public Optional<UUID> match(StorySignature article, List<Candidate> candidates) {
        return match(article, candidates, TermStatistics.empty());
    }

    public Optional<UUID> match(StorySignature article, List<Candidate> candidates, TermStatistics statistics) {
        UUID best = null;
        double bestScore = threshold;
        for (Candidate candidate : candidates) {
            double score = article.similarity(candidate.signature(), statistics);
            if (score >= bestScore) {
                best = candidate.storyId();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
