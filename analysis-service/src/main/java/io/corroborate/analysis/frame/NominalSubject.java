package io.corroborate.analysis.frame;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.Figure;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.text.Mention;

/**
 * "Repairs to the Marlow Bridge cost $48 million", "The cost of the Marlow Bridge renovation was $50 million": a
 * name governed by the measure noun that heads the clause is what the figure is about, though a preposition
 * stands before it.
 */
final class NominalSubject {

    private static final Pattern GOVERNED = Pattern.compile("(?i)(?<![\\p{L}])(\\p{L}+)\\s+(?:to|of|for|on)\\s+"
            + "(?:the\\s+)?$");
    // Families whose noun names a measure of the thing it governs; "the sale of X" or "the acquisition of X"
    // governs the party that changes hands instead, which is the object.
    private static final Set<String> OWN_MEASURES = Set.of("cost", "valuation", "revenue", "profit", "loss", "debt",
            "market cap", "spending");
    private static final int WINDOW = 40;

    private NominalSubject() {
    }

    /** The first mention before the figure governed by a noun of {@code predicate}'s family, or null. */
    static Mention find(String s, List<Mention> mentions, Figure f, String predicate) {
        if (!OWN_MEASURES.contains(predicate)) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end() > f.start()) {
                return null;
            }
            Matcher g = GOVERNED.matcher(s.substring(Math.max(0, m.start() - WINDOW), m.start()));
            if (g.find() && predicate.equals(Predicates.nounFamilyOf(g.group(1)))) {
                return m;
            }
        }
        return null;
    }
}
