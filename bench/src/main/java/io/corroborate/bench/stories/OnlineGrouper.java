package io.corroborate.bench.stories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Optionally the matcher also gets the article's date and the stories' published ranges (a day penalty) and
 * {@link TermStatistics} kept over the stories so far, as the service is meant to wire them.
 */
public final class OnlineGrouper {

    private static final int WINDOW_DAYS = 7;
    private static final int MAX_CANDIDATES = 500;

    private static final class Story {
        final UUID id;
        String signature = "";
        float[] vector;
        int size;
        LocalDate first;
        LocalDate last;

        Story(UUID id, LocalDate date) {
            this.id = id;
            this.first = date;
            this.last = date;
        }
    }

    private final double threshold;
    private final boolean statistics;
    private final double dayPenalty;
    private boolean trace;
    private final java.util.Map<UUID, String> goldOf = new java.util.HashMap<>();

    private double mergeThreshold = Double.NaN;
    private final java.util.Map<UUID, UUID> mergedInto = new java.util.HashMap<>();

    /** Merges into the chosen story every other candidate the article also scores {@code threshold} or more with. */
    public OnlineGrouper withMerging(double threshold) {
        mergeThreshold = threshold;
        return this;
    }

    private UUID root(UUID id) {
        UUID r = id;
        while (mergedInto.containsKey(r)) {
            r = mergedInto.get(r);
        }
        return r;
    }

    private java.util.function.Function<BasilArticle, float[]> vectors;
    private double alpha;

    /**
     * Adds a sentence-embedding similarity (article vector against the mean of the story's article vectors) to the
     * lexical one: {@code (1 - alpha) * lexical + alpha * embedding}. Bench-only experiment.
     */
    public OnlineGrouper withVectors(java.util.function.Function<BasilArticle, float[]> of, double weight) {
        vectors = of;
        alpha = weight;
        return this;
    }

    private UUID blended(BasilArticle a, StorySignature signature, List<Story> window, TermStatistics seen) {
        float[] v = vectors.apply(a);
        UUID best = null;
        double bestScore = threshold;
        for (Story s : window) {
            double lexical = signature.similarity(StorySignature.decode(s.signature), seen)
                    - dayPenalty * gapDays(a.date(), s);
            double score = (1 - alpha) * lexical + alpha * cosine(v, s.vector);
            if (score >= bestScore) {
                best = s.id;
                bestScore = score;
            }
        }
        return best;
    }

    private static float[] mean(float[] sum, int n, float[] v) {
        if (sum == null) {
            return v.clone();
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (sum[i] * n + v[i]) / (n + 1);
        }
        return out;
    }

    private static double cosine(float[] x, float[] y) {
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

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
            double sim = new StoryMatcher(threshold, dayPenalty).score(signature, at(a.date()), candidate(s),
                    statistics ? seen : TermStatistics.empty());
            String gold = goldOf.get(s.id);
            line.append(String.format(" %s%s%.2f", gold.equals(a.triplet()) ? "G" : "-", s.id.equals(chosen) ? "*" : "",
                    sim));
        }
        System.out.println(line);
    }

    /** With {@code statistics}, the matcher weights terms by their rarity among the stories (TermStatistics). */
    public OnlineGrouper(double threshold, boolean statistics) {
        this(threshold, statistics, 0);
    }

    /** As above, and with {@code dayPenalty > 0} the matcher knows the dates (StoryMatcher's day penalty). */
    public OnlineGrouper(double threshold, boolean statistics, double dayPenalty) {
        this.threshold = threshold;
        this.statistics = statistics;
        this.dayPenalty = dayPenalty;
    }

    private static OffsetDateTime at(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private StoryMatcher.Candidate candidate(Story s) {
        StorySignature signature = StorySignature.decode(s.signature);
        return dayPenalty > 0 ? new StoryMatcher.Candidate(s.id, signature, at(s.first), at(s.last))
                : new StoryMatcher.Candidate(s.id, signature);
    }

    private static double gapDays(LocalDate date, Story s) {
        return date.isBefore(s.first) ? s.first.toEpochDay() - date.toEpochDay()
                : date.isAfter(s.last) ? date.toEpochDay() - s.last.toEpochDay() : 0;
    }

    private List<Story> stories = List.of();

    /** The signatures of the stories made by the last {@link #assign}. */
    public List<StorySignature> storySignatures() {
        return stories.stream().map(s -> StorySignature.decode(s.signature)).toList();
    }

    /** The story label of each article, in the order given. */
    public List<String> assign(List<BasilArticle> articles) {
        List<Story> stories = new ArrayList<>();
        this.stories = stories;
        List<String> labels = new ArrayList<>();
        StoryMatcher matcher = new StoryMatcher(threshold, dayPenalty);
        int n = 0;
        TermStatistics seen = TermStatistics.empty();
        for (BasilArticle a : articles) {
            StorySignature signature = StorySignature.ofArticle(a.title(), a.text());
            LocalDate from = a.date().minusDays(WINDOW_DAYS);
            LocalDate to = a.date().plusDays(WINDOW_DAYS);
            List<Story> window = stories.stream().filter(s -> !s.last.isBefore(from) && !s.first.isAfter(to))
                    .sorted(Comparator.comparing((Story s) -> s.last).reversed()).limit(MAX_CANDIDATES).toList();
            List<StoryMatcher.Candidate> candidates = window.stream().map(this::candidate).toList();
            UUID id;
            if (vectors != null) {
                id = blended(a, signature, window, seen);
            } else {
                id = matcher.match(signature, dayPenalty > 0 ? at(a.date()) : null, candidates,
                        statistics ? seen : TermStatistics.empty()).orElse(null);
            }
            if (trace) {
                trace(a, signature, window, id, seen);
            }
            Story story = id == null ? null : window.stream().filter(s -> s.id.equals(id)).findFirst().orElseThrow();
            if (story == null) {
                story = new Story(new UUID(0, ++n), a.date());
                stories.add(story);
            }
            if (!Double.isNaN(mergeThreshold) && id != null) {
                for (Story other : window) {
                    if (other == story || !stories.contains(other)) {
                        continue;
                    }
                    double score = matcher.score(signature, dayPenalty > 0 ? at(a.date()) : null, candidate(other),
                            statistics ? seen : TermStatistics.empty());
                    if (score >= mergeThreshold) {
                        StorySignature mine = StorySignature.decode(story.signature);
                        StorySignature theirs = StorySignature.decode(other.signature);
                        story.signature = mine.combine(theirs).encode();
                        seen.remove(theirs);
                        seen.replace(mine, StorySignature.decode(story.signature));
                        story.size += other.size;
                        story.first = other.first.isBefore(story.first) ? other.first : story.first;
                        story.last = other.last.isAfter(story.last) ? other.last : story.last;
                        stories.remove(other);
                        mergedInto.put(other.id, story.id);
                    }
                }
            }
            StorySignature before = StorySignature.decode(story.signature);
            story.signature = before.merge(signature).encode();
            seen.replace(before, StorySignature.decode(story.signature));
            if (vectors != null) {
                story.vector = mean(story.vector, story.size, vectors.apply(a));
            }
            story.size++;
            story.first = a.date().isBefore(story.first) ? a.date() : story.first;
            story.last = a.date().isAfter(story.last) ? a.date() : story.last;
            goldOf.putIfAbsent(story.id, a.triplet());
            labels.add(story.id.toString());
        }
        if (!mergedInto.isEmpty()) {
            labels.replaceAll(label -> root(UUID.fromString(label)).toString());
        }
        return labels;
    }
}
