package io.corroborate.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of a bulleted list item ("• Market Outlook: If Orbital ..."): a topic, never a subject. Only a
 * bulleted line counts; an unbulleted "Name: ..." may be a speaker who is the subject of what follows.
 */
public final class ListLabel {

    private static final Pattern LABEL = Pattern.compile("^\\s*[•·▪◦‣*–—-]\\s*\\p{Lu}[\\p{L}\\p{N}&'’.-]*"
            + "(?:\\s+(?:and\\s+|&\\s+|of\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*){0,4}:\\s");

    private ListLabel() {
    }

    /** Where the item's text starts after its heading, or 0 when the sentence opens no labelled item. */
    public static int end(String sentence) {
        Matcher m = LABEL.matcher(sentence);
        return m.find() ? m.end() : 0;
    }
}
