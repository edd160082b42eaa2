package io.corroborate.analysis.fact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How strongly a claim and a group of claims state one fact: a logistic model over the evidence they share
 * ({@link #FEATURES}), fitted on the development sets of the alignment bench
 * ({@code bench/run.sh alignment <sets> --fit}) and shipped as {@code model/alignment.properties}. A claim joins
 * the group it scores best with when the probability reaches {@link #threshold()}.
 *
 * <p>The constraints no evidence overrides (two parties written at their figures, two periods, a hypothetical and an
 * actual figure, figures ten times apart, …) stay rules in {@link Evidence#blocker}; the model weighs what is left.
 */
public final class AlignmentModel {

    /** The features, in the order {@link Evidence#features} gives them; each lies in [0, 1]. */
    public static final List<String> FEATURES = List.of(
            "measure", // how alike the words governing the figures are (0.5 when a side names none)
            "measureUnnamed", // a side names no measure
            "context", // cosine of the sentences' content words and names, by rarity in the story
            "valueRare", // the very amount, and few claims of the story state it
            "valueCompatible", // compatible figures: equal, a rounding, a hedge
            "valueNear", // incompatible but near: a conflict, if one fact
            "sameSubject", // both name a subject, the same party
            "otherSubject", // both name a subject, different parties
            "sameObject", // both name a second party, the same
            "otherObject", // both name a second party, different ones
            "owned", // both written right at the same party
            "sameDay", // a date or time naming the very day a member names, in a way that dates one act
            "statedOnce", // an amount each source that gives it states once
            "sameAct", // counts of like things told by words of one act
            "likeCounted", // both count things, alike ones
            "bothLead", // both figures open their articles
            "measureAgrees", // measure ≥ 0.7 and compatible figures
            "measureConflict", // measure ≥ 0.7 and incompatible figures
            "calendar", // a date or a time
            "knownApart", // both name measures of known families, unlike ones
            "onlyValue", // the figures agree, and nothing else does: no like measure, context or subject
            "unlikeCounted", // both count things, unlike ones ("seven dead", "seven counties")
            "alignedSentence"); // another figure of each one's sentence already stands in one fact

    private static final String RESOURCE = "model/alignment.properties";
    private final double bias;
    private final double[] weights;
    private final double threshold;

    public AlignmentModel(double bias, double[] weights, double threshold) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    /** The model the service runs with, read once. */
    public static AlignmentModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final AlignmentModel MODEL = load();
    }

    /** The same weights at another threshold: for benchmarks that sweep it. */
    public AlignmentModel withThreshold(double other) {
        return new AlignmentModel(bias, weights, other);
    }

    public double threshold() {
        return threshold;
    }

    /** The probability that the features describe one fact. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model as {@code model/alignment.properties} holds it. */
    public String toProperties(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "threshold=%.3f%nbias=%.4f%n", threshold, bias));
        for (int i = 0; i < weights.length; i++) {
            out.append(String.format(Locale.ROOT, "w.%s=%.4f%n", FEATURES.get(i), weights[i]));
        }
        return out.toString();
    }

    /** Weight by feature name, in {@link #FEATURES} order. */
    public Map<String, Double> weights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            out.put(FEATURES.get(i), weights[i]);
        }
        return out;
    }

    private static AlignmentModel load() {
        Properties p = new Properties();
        try (InputStream in = AlignmentModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>();
        double[] w = new double[FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            String value = p.getProperty("w." + FEATURES.get(i));
            if (value == null) {
                missing.add(FEATURES.get(i));
            } else {
                w[i] = Double.parseDouble(value);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lacks weights for " + missing);
        }
        return new AlignmentModel(Double.parseDouble(p.getProperty("bias")), w,
                Double.parseDouble(p.getProperty("threshold")));
    }

    /** One training example: a claim's features against a group, and whether the annotators put them in one fact. */
    public record Example(double[] features, boolean same) {
    }
}
