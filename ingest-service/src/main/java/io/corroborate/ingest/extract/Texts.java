package io.corroborate.ingest.extract;

import java.util.Locale;

/** Whitespace and shape helpers shared by the HTML and plain-text paths. */
final class Texts {

    private Texts() {
    }

    /** Collapses every run of whitespace (including NBSP and zero-width marks) to one space and trims. */
    static String collapse(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean printableAscii = c > ' ' && c < '\u007F'; // most characters: no table lookups needed
            if (!printableAscii
                    && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
                pendingSpace = out.length() > 0;
            } else if (printableAscii || !isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** True when the text ends like a finished sentence; a trailing ellipsis marks a truncated teaser, not a sentence. */
    static boolean endsSentence(String s) {
        String t = stripClosers(s);
        if (t.isEmpty() || t.endsWith("...") || t.endsWith("\u2026")) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    static boolean endsWithEllipsis(String s) {
        String t = stripClosers(s);
        return t.endsWith("...") || t.endsWith("\u2026");
    }

    private static String stripClosers(String s) {
        int end = s.length();
        while (end > 0 && "\"')]\u201D\u2019\u00BB ".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Lower-case letters and digits only, single-spaced: used to compare headlines and labels. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().trim().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        String t = collapse(s);
        return t.isEmpty() ? null : t;
    }
}
