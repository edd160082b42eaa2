package io.corroborate.bench;

import java.nio.file.Path;
import java.util.List;

import io.corroborate.bench.stories.BasilArticle;
import io.corroborate.bench.stories.ClusterScores;
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
        List<BasilArticle> dev = all.stream().filter(a -> a.half() == 0).toList();
        List<BasilArticle> test = all.stream().filter(a -> a.half() == 1).toList();
        if (args.length > 1 && args[1].startsWith("trace")) {
            new OnlineGrouper(Double.parseDouble(args[2])).traced().assign(all);
            return;
        }
        System.out.printf("BASIL: %d articles, dev half %d, test half %d%n", all.size(), dev.size(), test.size());
        System.out.printf("all, threshold %.2f (default): %s%n", DEFAULT_THRESHOLD, score(all, DEFAULT_THRESHOLD).row());
        System.out.println("sweep (dev half | test half | all):");
        double best = DEFAULT_THRESHOLD;
        double bestF = -1;
        for (int t = 10; t <= 50; t += 2) {
            double threshold = t / 100.0;
            ClusterScores d = score(dev, threshold);
            System.out.printf("  %.2f  dev F1 %.3f B3 %.3f | test F1 %.3f B3 %.3f | all F1 %.3f B3 %.3f%n", threshold,
                    d.pairF(), d.b3F(), score(test, threshold).pairF(), score(test, threshold).b3F(),
                    score(all, threshold).pairF(), score(all, threshold).b3F());
            if (d.pairF() > bestF + 1e-9) {
                bestF = d.pairF();
                best = threshold;
            }
        }
        System.out.printf("chosen on dev: %.2f%n  dev:  %s%n  test: %s%n  all:  %s%n", best, score(dev, best).row(),
                score(test, best).row(), score(all, best).row());
    }

    static ClusterScores score(List<BasilArticle> articles, double threshold) {
        List<String> gold = articles.stream().map(BasilArticle::triplet).toList();
        return ClusterScores.of(gold, new OnlineGrouper(threshold).assign(articles));
    }
}
