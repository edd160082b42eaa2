package io.corroborate.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a sentence at an offset: what the later stages use to look at the words right after a number. */
public final class Patterns {

    private Patterns() {
    }

    /** The match of {@code pattern} starting right at {@code pos} in {@code s}, or null when none starts there. */
    public static Matcher at(Pattern pattern, String s, int pos) {
        Matcher m = pattern.matcher(s).region(pos, s.length());
        return m.lookingAt() ? m : null;
    }
}
