package io.corroborate.bench;

import java.nio.file.Path;
import java.util.List;

import io.corroborate.bench.stories.BasilArticle;
import io.corroborate.bench.stories.ClusterScores;
import io.corroborate.bench.stories.FactsCheck;
import io.corroborate.bench.stories.OnlineGrouper;

/**
 * Story grouping on BASIL (100 events x 3 outlets): replays the service's online assignment and scores it against
 * the gold events. The threshold is chosen on one half of the events (even first hex digit of the triplet id) and
 * reported on the other half.
 */
public final class StoriesBench {

    private static final double DEFAULT_THRESHOLD = 0.30;

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        List<BasilArticle> all = BasilArticle.load(datasets.resolve("basil"));
        if (args.length > 1 && args[1].equals("facts")) {
            FactsCheck.run(datasets, args.length > 2 ? Integer.parseInt(args[2]) : 25);
            return;
        }
        if (args.length > 1 && args[1].startsWith("trace")) {
            new OnlineGrouper(Double.parseDouble(args[2]), !args[1].equals("trace-plain")).traced().assign(all);
            return;
        }
        for (boolean statistics : new boolean[] {false, true}) {
            System.out.println(statistics ? "== with TermStatistics (IDF over the stories so far; needs wiring)"
                    : "== as StoryUpdater calls the matcher today (no statistics)");
            report(all, statistics);
        }
    }

    private static void report(List<BasilArticle> all, boolean statistics) {
        List<BasilArticle> dev = all.stream().filter(a -> a.half() == 0).toList();
        List<BasilArticle> test = all.stream().filter(a -> a.half() == 1).toList();
        System.out.printf("BASIL: %d articles, dev half %d, test half %d%n", all.size(), dev.size(), test.size());
        System.out.printf("all, threshold %.2f (default): %s%n", DEFAULT_THRESHOLD,
                score(all, DEFAULT_THRESHOLD, statistics).row());
        System.out.println("sweep (dev half | test half | all):");
        double best = DEFAULT_THRESHOLD;
        double bestF = -1;
        for (int t = 10; t <= 50; t += 2) {
            double threshold = t / 100.0;
            ClusterScores d = score(dev, threshold, statistics);
            ClusterScores e = score(test, threshold, statistics);
            ClusterScores a = score(all, threshold, statistics);
            System.out.printf("  %.2f  dev F1 %.3f B3 %.3f | test F1 %.3f B3 %.3f | all F1 %.3f B3 %.3f%n", threshold,
                    d.pairF(), d.b3F(), e.pairF(), e.b3F(), a.pairF(), a.b3F());
            if (d.pairF() > bestF + 1e-9) {
                bestF = d.pairF();
                best = threshold;
            }
        }
        System.out.printf("chosen on dev: %.2f%n  dev:  %s%n  test: %s%n  all:  %s%n", best,
                score(dev, best, statistics).row(), score(test, best, statistics).row(),
                score(all, best, statistics).row());
    }

    static ClusterScores score(List<BasilArticle> articles, double threshold, boolean statistics) {
        List<String> gold = articles.stream().map(BasilArticle::triplet).toList();
        return ClusterScores.of(gold, new OnlineGrouper(threshold, statistics).assign(articles));
    }
}
