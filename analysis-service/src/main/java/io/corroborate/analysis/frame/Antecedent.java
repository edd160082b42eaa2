package io.corroborate.analysis.frame;

import java.util.regex.Pattern;

/**
 * "a 49% stake in the startup": a definite description of an organisation as the second party, which stands for
 * the party named last as a second party, in this sentence or the one before.
 */
public final class Antecedent {

    private static final Pattern DESCRIBED = Pattern.compile("(?:\\+|-plus)?(?:\\s+[\\p{Ll}-]+){0,3}"
            + "\\s+(?:in|into|of|for|with)\\s+the\\s+(?:[\\p{Ll}-]+\\s+){0,3}"
            + "(?:startup|start-up|company|firm|business|maker|developer|provider|platform|lab|group|outfit|unicorn)"
            + "(?![\\p{L}\\p{N}'’-])");

    private Antecedent() {
    }

    /** True when the figure ending at {@code end} is followed by "in the [data labeling] startup" and the like. */
    public static boolean describedParty(String sentence, int end) {
        return DESCRIBED.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /** True when an object is a name that a description may stand for, not a year. */
    public static boolean isName(String object) {
        return object != null && !object.matches("\\d{4}");
    }
}
