package io.corroborate.analysis.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * In how many stories each term is salient, learned online, for inverse document frequency: a name in many
 * stories ("trump", "obama") says little about which story an article belongs to, a rare one says much. Stories,
 * not articles, are counted so that a big story does not make its own key terms look common.
 */
public final class TermStatistics {

    private final Map<String, Integer> documentFrequency;
    private int documents;

    private TermStatistics(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    public static TermStatistics empty() {
        return new TermStatistics(new HashMap<>(), 0);
    }

    /** Records that a story's signature changed from {@code before} (empty for a new story) to {@code after}. */
    public void replace(StorySignature before, StorySignature after) {
        if (before.terms().isEmpty()) {
            documents++;
        }
        before.terms().stream().filter(t -> !after.terms().contains(t)).forEach(t -> documentFrequency
                .computeIfPresent(t, (k, n) -> n > 1 ? n - 1 : null));
        after.terms().stream().filter(t -> !before.terms().contains(t)).forEach(t -> documentFrequency.merge(t, 1,
                Integer::sum));
    }

    public int documents() {
        return documents;
    }

    /**
     * Smoothed inverse document frequency of a term among the stories other than the one compared with (which
     * contains the term or not): that story's own terms must not look common because it has them. Without any
     * other story every term weighs 1, which is plain cosine similarity.
     */
    public double idf(String term, boolean inComparedStory) {
        int others = Math.max(documents - 1, 0);
        int df = documentFrequency.getOrDefault(term, 0) - (inComparedStory ? 1 : 0);
        return Math.log((1.0 + others) / (1.0 + Math.max(df, 0))) + 1;
    }

    /** A compact text form: the document count, then one {@code term count} pair a line. */
    public String encode() {
        StringBuilder out = new StringBuilder().append(documents).append('\n');
        documentFrequency.forEach((term, n) -> out.append(term).append(' ').append(n).append('\n'));
        return out.toString();
    }

    public static TermStatistics decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return empty();
        }
        String[] lines = encoded.split("\n");
        Map<String, Integer> df = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].lastIndexOf(' ');
            if (space > 0) {
                df.put(lines[i].substring(0, space), Integer.parseInt(lines[i].substring(space + 1).trim()));
            }
        }
        return new TermStatistics(df, Integer.parseInt(lines[0].trim().toLowerCase(Locale.ROOT)));
    }
}
