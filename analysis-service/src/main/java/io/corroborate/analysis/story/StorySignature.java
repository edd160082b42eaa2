package io.corroborate.analysis.story;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The salient terms of an article or a story with weights: title words count most, names (capitalized words)
 * more than common words. Two signatures compare by cosine similarity.
 */
public final class StorySignature {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}'’-]{1,40}");
    private static final int LEAD_CHARS = 2_000;
    private static final int ARTICLE_TERMS = 60;
    private static final int STORY_TERMS = 200;
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "that", "with", "from", "this", "was",
            "were", "are", "has", "have", "had", "its", "his", "her", "their", "they", "will", "would", "said", "says",
            "but", "not", "who", "which", "what", "when", "where", "been", "also", "into", "about", "after", "over",
            "more", "than", "some", "one", "two", "new", "can", "could", "our", "out", "all", "any", "may", "other",
            "year", "years", "percent", "million", "billion", "per", "cent", "there", "them", "she", "him", "you",
            "while", "just", "most", "such", "only", "those", "these", "being", "first", "last", "like", "because",
            "how", "why", "did", "does", "according", "told", "under", "between", "before", "through");

    private final Map<String, Double> weights;

    private StorySignature(Map<String, Double> weights) {
        this.weights = weights;
    }

    public static StorySignature empty() {
        return new StorySignature(Map.of());
    }

    public static StorySignature ofArticle(String title, String text) {
        Map<String, Double> weights = new HashMap<>();
        add(weights, title == null ? "" : title, 3.0, 3.0);
        add(weights, text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text, 1.0, 2.0);
        return new StorySignature(top(weights, ARTICLE_TERMS));
    }

    /** The story's signature after an article joins it. */
    public StorySignature merge(StorySignature article) {
        Map<String, Double> merged = new HashMap<>(weights);
        article.weights.forEach((term, weight) -> merged.merge(term, weight, Double::sum));
        return new StorySignature(top(merged, STORY_TERMS));
    }

    public double similarity(StorySignature other) {
        double dot = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            dot += e.getValue() * other.weights.getOrDefault(e.getKey(), 0.0);
        }
        double norms = norm() * other.norm();
        return norms == 0 ? 0 : dot / norms;
    }

    private double norm() {
        return Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
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

    private static void add(Map<String, Double> weights, String text, double base, double nameBoost) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            String term = word.toLowerCase(Locale.ROOT);
            if (term.length() >= 3 && !STOPWORDS.contains(term)) {
                weights.merge(term, Character.isUpperCase(word.charAt(0)) ? base * nameBoost : base, Double::sum);
            }
        }
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
