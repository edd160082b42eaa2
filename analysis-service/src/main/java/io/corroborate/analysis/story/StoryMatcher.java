package io.corroborate.analysis.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Picks the story an article belongs to: the most similar candidate above a threshold, else none (a new story).
 * Terms are weighted by their rarity (IDF): over the articles seen so far when the caller keeps
 * {@link TermStatistics}, otherwise over the article and its candidate stories, which are the stories of the same
 * days, so a name in all of them ("trump") counts for little.
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
        List<StorySignature> signatures = new ArrayList<>();
        signatures.add(article);
        candidates.forEach(c -> signatures.add(c.signature()));
        return match(article, candidates, TermStatistics.of(signatures));
    }

    public Optional<UUID> match(StorySignature article, List<Candidate> candidates, TermStatistics statistics) {
        UUID best = null;
        double bestScore = threshold;
        for (Candidate candidate : candidates) {
            double score = article.similarity(candidate.signature(), statistics::idf);
            if (score >= bestScore) {
                best = candidate.storyId();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
