package io.corroborate.bench.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.corroborate.analysis.story.StoryMatcher;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.analysis.story.TermStatistics;

/**
 * Replays the analysis service's story assignment (StoryUpdater) without a database: articles in arrival order,
 * candidates are stories whose published range overlaps the article's date ± the window (newest first, at most
 * 500), the matcher picks one or a new story is made, and the stored signature (its text form) absorbs the article.
 */
public final class OnlineGrouper {

    private static final int WINDOW_DAYS = 7;
    private static final int MAX_CANDIDATES = 500;

    private static final class Story {
        final UUID id;
        String signature = "";
        LocalDate first;
        LocalDate last;

        Story(UUID id, LocalDate date) {
            this.id = id;
            this.first = date;
            this.last = date;
        }
    }

    private final double threshold;
    private final String idf = System.getProperty("bench.idf", "stories");
    private boolean trace;
    private final java.util.Map<UUID, String> goldOf = new java.util.HashMap<>();

    /** Prints, for each article, the similarity to every candidate (marking its gold story and the choice). */
    public OnlineGrouper traced() {
        trace = true;
        return this;
    }

    private void trace(BasilArticle a, StorySignature signature, List<Story> window, UUID chosen,
            TermStatistics seen) {
        StringBuilder line = new StringBuilder(String.format("%s %s %-4s %-60.60s", a.date(), a.triplet().substring(0, 8),
                a.source(), a.title()));
        for (Story s : window) {
            double sim = idf.equals("stories") ? signature.similarity(StorySignature.decode(s.signature), seen)
                    : signature.similarity(StorySignature.decode(s.signature));
            String gold = goldOf.get(s.id);
            line.append(String.format(" %s%s%.2f", gold.equals(a.triplet()) ? "G" : "-", s.id.equals(chosen) ? "*" : "",
                    sim));
        }
        System.out.println(line);
    }

    public OnlineGrouper(double threshold) {
        this.threshold = threshold;
    }

    /** The story label of each article, in the order given. */
    public List<String> assign(List<BasilArticle> articles) {
        List<Story> stories = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        StoryMatcher matcher = new StoryMatcher(threshold);
        int n = 0;
        TermStatistics seen = TermStatistics.empty();
        for (BasilArticle a : articles) {
            StorySignature signature = StorySignature.ofArticle(a.title(), a.text());
            LocalDate from = a.date().minusDays(WINDOW_DAYS);
            LocalDate to = a.date().plusDays(WINDOW_DAYS);
            List<Story> window = stories.stream().filter(s -> !s.last.isBefore(from) && !s.first.isAfter(to))
                    .sorted(Comparator.comparing((Story s) -> s.last).reversed()).limit(MAX_CANDIDATES).toList();
            List<StoryMatcher.Candidate> candidates = window.stream()
                    .map(s -> new StoryMatcher.Candidate(s.id, StorySignature.decode(s.signature))).toList();
            UUID id;
            if (idf.equals("stories")) {
                id = matcher.match(signature, candidates, seen).orElse(null);
            } else {
                id = matcher.match(signature, candidates).orElse(null);
            }
            if (trace) {
                trace(a, signature, window, id, seen);
            }
            Story story = id == null ? null : window.stream().filter(s -> s.id.equals(id)).findFirst().orElseThrow();
            if (story == null) {
                story = new Story(new UUID(0, ++n), a.date());
                stories.add(story);
            }
            StorySignature before = StorySignature.decode(story.signature);
            story.signature = before.merge(signature).encode();
            seen.replace(before, StorySignature.decode(story.signature));
            story.first = a.date().isBefore(story.first) ? a.date() : story.first;
            story.last = a.date().isAfter(story.last) ? a.date() : story.last;
            goldOf.putIfAbsent(story.id, a.triplet());
            labels.add(story.id.toString());
        }
        return labels;
    }
}
