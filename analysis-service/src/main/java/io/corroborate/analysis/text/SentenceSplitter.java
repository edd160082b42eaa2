package io.corroborate.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits text into sentences with offsets, respecting abbreviations, decimals, initials and line breaks. */
public final class SentenceSplitter {

    // Titles never end a sentence; the following name always comes next.
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "capt", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "fig", "approx");
    // These end a sentence only when a typical sentence opener follows ("... Apple Inc. The deal").
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "plc", "llc", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.i", "e.u");
    private static final Set<String> OPENERS = Set.of("The", "It", "Its", "This", "That", "These", "He", "She",
            "They", "We", "I", "In", "But", "And", "A", "An", "As", "On", "At", "For", "With", "While", "However");

    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    private static final Pattern TRIM = Pattern.compile("^[\"“‘'(\\[]+|[,;:.!?\"”’')\\]]+$");

    /** The sentences of {@code text}, trimmed, in order. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            int next = boundaryAfter(text, i);
            if (next > 0) {
                add(sentences, text, start, next);
                start = next;
                i = next - 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /** The offset where the next sentence may begin if a boundary is at {@code i}, else -1. */
    private int boundaryAfter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return lineBreakEnds(text, i) ? i + 1 : -1;
        }
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int j = i + 1;
        while (j < text.length() && ".!?\"”’')]".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return -1;
        }
        return c != '.' || periodEnds(text, i, j) ? j : -1;
    }

    /** A blank line always ends a sentence; a single newline does unless the next line continues in lower case. */
    private static boolean lineBreakEnds(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= text.length() || !Character.isLowerCase(text.charAt(j));
    }

    private static boolean periodEnds(String text, int dot, int after) {
        String word = wordBefore(text, dot);
        String lower = word.toLowerCase(Locale.ROOT);
        String nextWord = wordAt(text, after);
        if (nextWord.isEmpty()) {
            return true;
        }
        if (Character.isLowerCase(nextWord.charAt(0)) || TITLES.contains(lower)) {
            return false;
        }
        // a capital glued to a number is a unit or a scale ("temperatures of 41C.", "a £5M."), not an initial
        int start = dot - word.length();
        boolean initial = INITIALS.matcher(word).matches() && !(start > 0 && Character.isDigit(text.charAt(start - 1)));
        if (initial || ABBREVIATIONS.contains(lower)) {
            return OPENERS.contains(nextWord);
        }
        return true;
    }

    private static String wordBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return text.substring(k, dot);
    }

    private static String wordAt(String text, int pos) {
        int k = pos;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int e = k;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && e - k < 40) {
            e++;
        }
        String word = text.substring(k, e);
        return TRIM.matcher(word).replaceAll("");
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
