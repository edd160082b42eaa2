package io.corroborate.analysis.frame;

import java.util.regex.Pattern;

/**
 * Whether a figure is hypothetical or conditional rather than stated as fact: a modal before it in its clause
 * ("could reach $5 billion", "might cost", "may rise to") or a condition in its sentence ("if approved, it would pay
 * $2 billion", "unless"). A bare "would" is reported speech in news ("Northwind would pay $2.35 billion under the
 * terms") and marks nothing by itself. Hypothetical and actual figures never join one fact.
 */
public final class Condition {

    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:could|might|may|can)\\s+(?:not\\s+|also\\s+|still\\s+|eventually\\s+|potentially\\s+)?\\p{Ll}+"
                    + "(?:\\s+\\S+){0,4}\\s*$");
    private static final Pattern CONDITION = Pattern.compile(
            "(?:^|[\\s,;(“\"])(?:[Ii]f|[Uu]nless|[Ss]hould\\s+the)\\s");
    private static final int WINDOW = 60;

    private Condition() {
    }

    /** Whether the figure starting at {@code figureStart} in {@code sentence} is hypothetical. */
    public static boolean hypothetical(String sentence, int figureStart) {
        String before = sentence.substring(Math.max(0, figureStart - WINDOW), figureStart);
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')));
        String clauseBefore = before.substring(clause + 1);
        return MODAL.matcher(clauseBefore).find() || CONDITION.matcher(sentence).find();
    }
}
