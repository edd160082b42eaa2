package io.corroborate.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * ROUGE-LSum as computed by Google's {@code rouge-score} package ({@code RougeScorer(["rougeLsum"],
 * use_stemmer=False, split_summaries=True)}), which is what the fundus evaluation calls.
 *
 * <ul>
 *   <li>Both texts are split into sentences ({@link SentenceSplitter}, an approximation of NLTK Punkt), empty
 *       sentences dropped.</li>
 *   <li>Tokens: the sentence is lower-cased, every run of characters outside {@code [a-z0-9]} becomes a
 *       separator (so "Israel’s" gives "israel", "s" and "café" gives "caf"), no stemming.</li>
 *   <li>For every reference sentence, the LCS with every candidate sentence is backtracked (same tie-breaking as
 *       {@code _backtrack_norec}) and the union of the matched reference positions is taken; each union token
 *       counts as a hit only while both the reference and the candidate still have an unused occurrence of it
 *       (the package's guard against double counting).</li>
 *   <li>recall = hits / reference tokens, precision = hits / candidate tokens, F1 their harmonic mean; all 0
 *       when either side has no tokens.</li>
 * </ul>
 */
public final class RougeLsum {

    /** Precision, recall and F1 of one comparison, each in [0, 1]. */
    public record Score(double precision, double recall, double f1) {
        static final Score ZERO = new Score(0, 0, 0);
    }

    private RougeLsum() {
    }

    public static Score score(String reference, String candidate) {
        return best(List.of(reference), candidate);
    }

    /** Scores a candidate against several acceptable references and keeps the best F1, as the evaluation does. */
    public static Score best(List<String> references, String candidate) {
        Score best = null;
        for (String reference : references) {
            Map<String, Integer> vocabulary = new HashMap<>();
            Score s = compare(tokenizedSentences(reference, vocabulary), tokenizedSentences(candidate, vocabulary));
            if (best == null || s.f1() > best.f1()) {
                best = s;
            }
        }
        return best == null ? Score.ZERO : best;
    }

    static Score compare(List<int[]> ref, List<int[]> can) {
        int m = ref.stream().mapToInt(s -> s.length).sum();
        int n = can.stream().mapToInt(s -> s.length).sum();
        if (ref.isEmpty() || can.isEmpty() || m == 0 || n == 0) {
            return Score.ZERO;
        }
        Map<Integer, Integer> refCounts = counts(ref);
        Map<Integer, Integer> canCounts = counts(can);
        int hits = 0;
        for (int[] r : ref) {
            TreeSet<Integer> union = new TreeSet<>();
            for (int[] c : can) {
                lcsPositions(r, c, union);
            }
            for (int position : union) {
                int token = r[position];
                if (canCounts.getOrDefault(token, 0) > 0 && refCounts.getOrDefault(token, 0) > 0) {
                    hits++;
                    canCounts.merge(token, -1, Integer::sum);
                    refCounts.merge(token, -1, Integer::sum);
                }
            }
        }
        double recall = (double) hits / m;
        double precision = (double) hits / n;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Score(precision, recall, f1);
    }

    private static Map<Integer, Integer> counts(List<int[]> sentences) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int[] s : sentences) {
            for (int t : s) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Adds the reference positions of one LCS of {@code ref} and {@code can} to {@code out}. */
    static void lcsPositions(int[] ref, int[] can, TreeSet<Integer> out) {
        int rows = ref.length;
        int cols = can.length;
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref[i - 1] == can[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == can[j - 1]) {
                out.add(i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
    }

    static List<int[]> tokenizedSentences(String text, Map<String, Integer> vocabulary) {
        List<int[]> out = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(text)) {
            List<String> tokens = tokens(sentence);
            int[] ids = new int[tokens.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = vocabulary.computeIfAbsent(tokens.get(k), key -> vocabulary.size());
            }
            out.add(ids);
        }
        return out;
    }

    /** rouge-score's default tokenizer without stemming. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                current.append(c);
            } else if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
