package io.corroborate.bench.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairwise and B-cubed precision, recall and F1 of a clustering against gold labels. */
public record ClusterScores(double pairP, double pairR, double pairF, double b3P, double b3R, double b3F,
        int clusters, int goldClusters) {

    public static ClusterScores of(List<String> gold, List<String> predicted) {
        long tp = 0;
        long predPairs = 0;
        long goldPairs = 0;
        int n = gold.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean g = gold.get(i).equals(gold.get(j));
                boolean p = predicted.get(i).equals(predicted.get(j));
                tp += g && p ? 1 : 0;
                goldPairs += g ? 1 : 0;
                predPairs += p ? 1 : 0;
            }
        }
        double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        Map<String, Integer> goldSize = counts(gold);
        Map<String, Integer> predSize = counts(predicted);
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            both.merge(gold.get(i) + "|" + predicted.get(i), 1, Integer::sum);
        }
        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            int overlap = both.get(gold.get(i) + "|" + predicted.get(i));
            bp += (double) overlap / predSize.get(predicted.get(i));
            br += (double) overlap / goldSize.get(gold.get(i));
        }
        bp /= n;
        br /= n;
        return new ClusterScores(pp, pr, f1(pp, pr), bp, br, f1(bp, br), predSize.size(), goldSize.size());
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> out = new HashMap<>();
        labels.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String row() {
        return String.format("pair P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f | stories %d (gold %d)", pairP,
                pairR, pairF, b3P, b3R, b3F, clusters, goldClusters);
    }
}
