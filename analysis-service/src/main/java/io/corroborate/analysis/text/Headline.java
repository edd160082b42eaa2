package io.corroborate.analysis.text;

import java.util.List;
import java.util.Set;

/** Tells title-case lines ("Meta Invests $14 Billion In Scale AI") whose capitals say nothing about names. */
final class Headline {

    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "on", "to", "for", "and", "or",
            "by", "at", "vs", "with", "as", "is");

    private Headline() {
    }

    /** Mostly capitalized words, and either no closing period or nothing but capitalized words. */
    static boolean is(String text, List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token t : tokens) {
            if (!Character.isLetter(t.text().charAt(0)) || SMALL.contains(t.text())) {
                continue;
            }
            words++;
            capitals += t.capitalized() ? 1 : 0;
        }
        boolean closed = text.endsWith(".") || text.endsWith(".\"") || text.endsWith(".”");
        boolean allCaps = capitals == words && words >= 4;
        return words >= 2 && capitals * 10 >= words * 8 && (!closed || allCaps);
    }
}
