package io.corroborate.bench;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.analysis.story.StoryMatcher;
import io.corroborate.analysis.story.StorySignature;
import io.corroborate.analysis.story.TermStatistics;
import io.corroborate.bench.stories.BasilArticle;
import io.corroborate.bench.stories.ClusterScores;
import io.corroborate.bench.stories.FactsCheck;
import io.corroborate.bench.stories.OnlineGrouper;

/**
 * Story grouping on BASIL (100 events x 3 outlets): replays the service's online assignment and scores it against
 * the gold events. The threshold is chosen on one half of the events (even first hex digit of the triplet id):
 * the middle of the range of thresholds that give the best dev F1; it is reported on the other half.
 *
 * <p>Arguments: DATASETS [facts [N] | trace THRESHOLD [plain|stats] [DAY_PENALTY] | trace-plain THRESHOLD | cost].
 * Without a mode, every configuration is swept and the cost per article is measured. The trace prints each
 * article's score for every candidate story (G: its gold story, *: the one chosen).
 */
public final class StoriesBench {

    /** A way of calling the matcher: with or without TermStatistics, with or without dates (day penalty). */
    private record Config(String name, boolean statistics, double dayPenalty) {
    }

    private static final List<Config> CONFIGS = List.of(
            new Config("as StoryUpdater calls the matcher today (no dates, no statistics)", false, 0),
            new Config("+ dates (day penalty " + StoryMatcher.DAY_PENALTY + ")", false, StoryMatcher.DAY_PENALTY),
            new Config("+ TermStatistics only (no dates)", true, 0),
            new Config("+ dates + TermStatistics (recommended wiring)", true, StoryMatcher.DAY_PENALTY));

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        List<BasilArticle> all = BasilArticle.load(datasets.resolve("basil"));
        String mode = args.length > 1 ? args[1] : "";
        if (mode.equals("facts")) {
            FactsCheck.run(datasets, args.length > 2 ? Integer.parseInt(args[2]) : 25);
            return;
        }
        if (mode.equals("attribution")) {
            attribution(all);
            return;
        }
        if (mode.equals("merge")) {
            merging(all);
            return;
        }
        if (mode.startsWith("trace")) {
            boolean plain = mode.equals("trace-plain") || (args.length > 3 && args[3].equals("plain"));
            double penalty = args.length > 4 ? Double.parseDouble(args[4]) : 0;
            new OnlineGrouper(Double.parseDouble(args[2]), !plain, penalty).traced().assign(all);
            return;
        }
        if (!mode.equals("cost")) {
            for (Config config : CONFIGS) {
                System.out.println("== " + config.name());
                report(all, config);
            }
        }
        cost(all);
    }

    private static void report(List<BasilArticle> all, Config config) {
        List<BasilArticle> dev = all.stream().filter(a -> a.half() == 0).toList();
        List<BasilArticle> test = all.stream().filter(a -> a.half() == 1).toList();
        System.out.println("sweep (dev half | test half | all):");
        double bestF = -1;
        List<Double> plateau = new ArrayList<>();
        for (int t = 10; t <= 50; t++) {
            double threshold = t / 100.0;
            ClusterScores d = score(dev, threshold, config);
            if (t % 2 == 0) {
                ClusterScores e = score(test, threshold, config);
                ClusterScores a = score(all, threshold, config);
                System.out.printf("  %.2f  dev F1 %.3f B3 %.3f | test F1 %.3f B3 %.3f | all F1 %.3f B3 %.3f%n",
                        threshold, d.pairF(), d.b3F(), e.pairF(), e.b3F(), a.pairF(), a.b3F());
            }
            if (d.pairF() > bestF + 1e-9) {
                bestF = d.pairF();
                plateau.clear();
            }
            if (d.pairF() > bestF - 1e-9) {
                plateau.add(threshold);
            }
        }
        double best = plateau.get(plateau.size() / 2);
        System.out.printf("best dev F1 for thresholds %.2f-%.2f; chosen (middle): %.2f%n  dev:  %s%n  test: %s%n"
                + "  all:  %s%n", plateau.get(0), plateau.get(plateau.size() - 1), best,
                score(dev, best, config).row(), score(test, best, config).row(), score(all, best, config).row());
    }

    /**
     * Story merging at the chosen join threshold: when an article also scores at least the merge threshold with
     * another candidate story, that story merges into the one the article joins. Sweeps the merge threshold.
     */
    private static void merging(List<BasilArticle> all) {
        List<BasilArticle> dev = all.stream().filter(a -> a.half() == 0).toList();
        List<BasilArticle> test = all.stream().filter(a -> a.half() == 1).toList();
        List<String> goldAll = all.stream().map(BasilArticle::triplet).toList();
        List<String> goldDev = dev.stream().map(BasilArticle::triplet).toList();
        List<String> goldTest = test.stream().map(BasilArticle::triplet).toList();
        double join = StoryMatcher.THRESHOLD_WITH_STATISTICS;
        System.out.println("merge threshold sweep at join threshold " + join + " (dev half | test half | all):");
        for (int t = 24; t <= 60; t += 2) {
            double merge = t / 100.0;
            ClusterScores d = ClusterScores.of(goldDev, grouper(join, merge).assign(dev));
            ClusterScores e = ClusterScores.of(goldTest, grouper(join, merge).assign(test));
            ClusterScores a = ClusterScores.of(goldAll, grouper(join, merge).assign(all));
            System.out.printf("  %.2f  dev F1 %.3f | test F1 %.3f | all %s%n", merge, d.pairF(), e.pairF(), a.row());
        }
        ClusterScores none = ClusterScores.of(goldAll, new OnlineGrouper(join, true, StoryMatcher.DAY_PENALTY)
                .assign(all));
        System.out.printf("  none  all %s%n", none.row());
    }

    /** How many of BASIL's claims carry an attribution (by cue) and which are denied, with their sentences. */
    private static void attribution(List<BasilArticle> all) {
        ClaimExtractor extractor = new ClaimExtractor();
        Map<String, Integer> cues = new TreeMap<>();
        int claims = 0;
        int denied = 0;
        for (BasilArticle a : all) {
            for (ClaimDraft d : extractor.extract(a.text())) {
                claims++;
                if (d.attribution() != null) {
                    cues.merge(d.attribution().cue(), 1, Integer::sum);
                }
                if (d.negated()) {
                    denied++;
                    System.out.println("denied \"" + d.quote().surface() + "\" in: " + d.quote().sentence());
                }
            }
        }
        System.out.printf("%d claims; attributed %d %s; denied %d%n", claims,
                cues.values().stream().mapToInt(Integer::intValue).sum(), cues, denied);
    }

    private static OnlineGrouper grouper(double join, double merge) {
        return new OnlineGrouper(join, true, StoryMatcher.DAY_PENALTY).withMerging(merge);
    }

    private static ClusterScores score(List<BasilArticle> articles, double threshold, Config config) {
        List<String> gold = articles.stream().map(BasilArticle::triplet).toList();
        return ClusterScores.of(gold,
                new OnlineGrouper(threshold, config.statistics(), config.dayPenalty()).assign(articles));
    }

    /**
     * Cost per article of the recommended wiring, one thread after warm-up: the article's signature, and matching
     * it against 500 candidate stories (BASIL's 100 final story signatures, five times over) with dates and
     * TermStatistics over those stories.
     */
    private static void cost(List<BasilArticle> all) {
        OnlineGrouper grouper = new OnlineGrouper(StoryMatcher.THRESHOLD_WITH_STATISTICS, true,
                StoryMatcher.DAY_PENALTY);
        grouper.assign(all);
        List<StorySignature> stories = grouper.storySignatures();
        OffsetDateTime now = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        List<StoryMatcher.Candidate> candidates = new ArrayList<>();
        List<StorySignature> signatures = new ArrayList<>();
        for (int copy = 0; candidates.size() < 500; copy++) {
            for (int i = 0; i < stories.size() && candidates.size() < 500; i++) {
                candidates.add(new StoryMatcher.Candidate(UUID.randomUUID(), stories.get(i),
                        now.minusDays((i + copy) % 9), now.minusDays((i + copy) % 3)));
                signatures.add(stories.get(i));
            }
        }
        TermStatistics statistics = TermStatistics.of(signatures);
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.THRESHOLD_WITH_STATISTICS);
        long sink = 0;
        double signatureMs = 0;
        double matchMs = 0;
        for (int round = 0; round < 8; round++) {
            long signatureNs = 0;
            long matchNs = 0;
            for (BasilArticle a : all) {
                long t0 = System.nanoTime();
                StorySignature signature = StorySignature.ofArticle(a.title(), a.text());
                long t1 = System.nanoTime();
                sink += matcher.match(signature, now, candidates, statistics).isPresent() ? 1 : 0;
                long t2 = System.nanoTime();
                signatureNs += t1 - t0;
                matchNs += t2 - t1;
            }
            signatureMs = signatureNs / 1e6 / all.size();
            matchMs = matchNs / 1e6 / all.size();
        }
        System.out.printf("cost per article (one thread, warm): signature %.3f ms, matching against %d candidates "
                + "%.3f ms (matched %d)%n", signatureMs, candidates.size(), matchMs, sink);
        long t0 = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            grouper.assign(all);
        }
        System.out.printf("whole BASIL replay (signature, window, match, merge and re-encode): %.3f ms/article%n",
                (System.nanoTime() - t0) / 1e6 / 3 / all.size());
    }
}
