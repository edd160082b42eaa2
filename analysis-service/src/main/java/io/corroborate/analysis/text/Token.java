package io.corroborate.analysis.text;

import io.corroborate.analysis.lexicon.NameWords;

/** A word of a sentence with its offsets; a trailing period is kept only for abbreviations ("Inc.", "U.S."). */
record Token(String text, int start, int end) {

    static Token of(String sentence, int start, int end) {
        String raw = sentence.substring(start, end);
        boolean keepDot = raw.indexOf('.') < raw.length() - 1 || NameWords.LEGAL.contains(raw)
                || NameWords.TITLES.contains(raw);
        if (raw.endsWith(".") && !keepDot) {
            return new Token(raw.substring(0, raw.length() - 1), start, end - 1);
        }
        return new Token(raw, start, end);
    }

    /** Starts upper-case, or carries an inner capital ("xAI", "iMerit"). */
    boolean capitalized() {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        int dash = text.lastIndexOf('-');
        if (dash > 0 && text.substring(dash + 1).equals(text.substring(dash + 1).toLowerCase())) {
            return false; // "AI-powered", "Nvidia-backed" describe, they do not name
        }
        return Character.isUpperCase(text.charAt(0)) || !text.equals(text.toLowerCase());
    }

    /** All capitals or an inner capital: an acronym or brand, a name even at the start of a sentence. */
    boolean marked() {
        return text.length() > 1 && (text.equals(text.toUpperCase()) || !text.substring(1).equals(
                text.substring(1).toLowerCase()) || Character.isLowerCase(text.charAt(0)));
    }
}
