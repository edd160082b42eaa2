package io.corroborate.analysis.story;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * In how many stories each term is salient, learned online, for inverse document frequency: a name in many
 * stories ("trump", "obama") says little about which story an article belongs to, a rare one says much. Stories,
 * not articles, are counted so that a big story does not make its own key terms look common.
 *
 * <p>The matcher's caller keeps one instance (not thread-safe: update it under the same lock as story assignment),
 * calls {@link #replace} whenever a story's signature changes, and passes it to
 * {@link StoryMatcher#match(StorySignature, java.time.OffsetDateTime, java.util.List, TermStatistics)}.
 * On BASIL it fixes a generic failure of plain cosine: a new event joining another story because both are
 * dominated by a name that is in most stories.
 */
public final class TermStatistics {

    /** {@code LOG[n] = ln(n)}: an IDF is computed for every term of every candidate story, so logs are looked up. */
    private static final double[] LOG = new double[4096];

    static {
        for (int n = 1; n < LOG.length; n++) {
            LOG[n] = Math.log(n);
        }
    }

    private final Map<String, Integer> documentFrequency;
    private int documents;

    private TermStatistics(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    public static TermStatistics empty() {
        return new TermStatistics(new HashMap<>(), 0);
    }

    /** The statistics of the given stories' signatures, e.g. rebuilt from the stored stories at start-up. */
    public static TermStatistics of(Iterable<StorySignature> stories) {
        TermStatistics statistics = empty();
        for (StorySignature story : stories) {
            statistics.replace(StorySignature.empty(), story);
        }
        return statistics;
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

    /** Records that a story is gone (merged into another). */
    public void remove(StorySignature story) {
        if (story.terms().isEmpty()) {
            return;
        }
        documents = Math.max(0, documents - 1);
        story.terms().forEach(t -> documentFrequency.computeIfPresent(t, (k, n) -> n > 1 ? n - 1 : null));
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
        return idf(documentFrequency(term), inComparedStory);
    }

    /** In how many stories the term is salient. */
    int documentFrequency(String term) {
        Integer n = documentFrequency.get(term);
        return n == null ? 0 : n;
    }

    /** {@link #idf(String, boolean)} of a term found in {@code documentFrequency} stories. */
    double idf(int documentFrequency, boolean inComparedStory) {
        int others = Math.max(documents - 1, 0);
        int df = Math.max(documentFrequency - (inComparedStory ? 1 : 0), 0);
        return log(1 + others) - log(1 + df) + 1;
    }

    private static double log(int n) {
        return n < LOG.length ? LOG[n] : Math.log(n);
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
