package io.corroborate.analysis.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many articles (or stories) contain each term, learned online, for inverse document frequency: a name in
 * every story ("trump", "obama") says little about which story an article belongs to, a rare one says much.
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

    /** Statistics of a handful of signatures, e.g. an article and the stories it may join. */
    public static TermStatistics of(Iterable<StorySignature> signatures) {
        TermStatistics stats = empty();
        signatures.forEach(stats::add);
        return stats;
    }

    /** Counts one more document. */
    public void add(StorySignature signature) {
        documents++;
        signature.terms().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }

    public int documents() {
        return documents;
    }

    /** Smoothed inverse document frequency; an unseen term counts as seen once. */
    public double idf(String term) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 0.5));
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
