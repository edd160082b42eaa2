package io.corroborate.analysis.story;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The salient terms of an article or a story with weights (see {@link Terms}). Weights are raw term weights; how
 * rare a term is (its IDF) is applied when two signatures are compared, so a stored signature never goes stale.
 * A story's signature is the sum of its articles' unit-length signatures, so each article counts once however
 * long it is, and the story's first articles are not outweighed by one long follow-up.
 */
public final class StorySignature {

    private static final int LEAD_CHARS = 2_000;
    private static final int ARTICLE_TERMS = 60;
    private static final int STORY_TERMS = 200;
    private static final double UNIT = 10.0;

    private final Map<String, Double> weights;

    private StorySignature(Map<String, Double> weights) {
        this.weights = weights;
    }

    public static StorySignature empty() {
        return new StorySignature(Map.of());
    }

    public static StorySignature ofArticle(String title, String text) {
        String lead = text == null ? "" : text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text;
        return new StorySignature(scaled(top(Terms.of(title == null ? "" : title, lead), ARTICLE_TERMS), UNIT));
    }

    /** The story's signature after an article joins it. */
    public StorySignature merge(StorySignature article) {
        Map<String, Double> merged = new HashMap<>(weights);
        scaled(article.weights, UNIT).forEach((term, weight) -> merged.merge(term, weight, Double::sum));
        return new StorySignature(top(merged, STORY_TERMS));
    }

    /** Cosine similarity of the raw weights. */
    public double similarity(StorySignature other) {
        return similarity(other, term -> 1.0);
    }

    /** Cosine similarity of this article to a story, each term weighted by its rarity among the other stories. */
    public double similarity(StorySignature story, TermStatistics statistics) {
        return similarity(story, term -> statistics.idf(term, story.weights.containsKey(term)));
    }

    private double similarity(StorySignature other, ToDoubleFunction<String> idf) {
        double dot = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double theirs = other.weights.get(e.getKey());
            if (theirs != null) {
                double f = idf.applyAsDouble(e.getKey());
                dot += e.getValue() * theirs * f * f;
            }
        }
        double norms = norm(idf) * other.norm(idf);
        return norms == 0 ? 0 : dot / norms;
    }

    Set<String> terms() {
        return weights.keySet();
    }

    private double norm(ToDoubleFunction<String> idf) {
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double w = e.getValue() * idf.applyAsDouble(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** A compact text form, one {@code term weight} pair a line. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        weights.forEach((term, weight) -> out.append(term).append(' ').append(String.format(Locale.ROOT, "%.3f",
                weight)).append('\n'));
        return out.toString();
    }

    public static StorySignature decode(String encoded) {
        Map<String, Double> weights = new HashMap<>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                int space = line.lastIndexOf(' ');
                if (space > 0) {
                    weights.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                }
            }
        }
        return new StorySignature(weights);
    }

    private static Map<String, Double> scaled(Map<String, Double> weights, double length) {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> out = new LinkedHashMap<>();
        weights.forEach((term, w) -> out.put(term, norm == 0 ? 0 : w * length / norm));
        return out;
    }

    private static Map<String, Double> top(Map<String, Double> weights, int limit) {
        Map<String, Double> kept = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
