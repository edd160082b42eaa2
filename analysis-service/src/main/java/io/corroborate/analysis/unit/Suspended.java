package io.corroborate.analysis.unit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.text.Patterns;

/**
 * Numbers that share one hyphenated noun: "four-, five- and six-cylinder engines", "two- or three-bedroom flats".
 * Each counts the noun written after the last of them.
 */
public final class Suspended {

    private static final String NUMBER = "(?:\\d{1,3}|(?i:" + Numbers.SPELLED + "))";
    // After a number that leaves its hyphen hanging: the rest of the list up to the noun.
    private static final Pattern HANGING = Pattern.compile("-(?:,\\s" + NUMBER + "-)*,?\\s(?:and|or|to)\\s" + NUMBER
            + "-(\\p{Ll}{3,})(?![\\p{L}-])");
    // Before the last number of such a list.
    private static final Pattern LIST_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])" + NUMBER
            + "-,?\\s(?:and|or|to)\\s$");
    private static final Pattern NOUN = Pattern.compile("-(\\p{Ll}{3,})(?![\\p{L}-])");

    private Suspended() {
    }

    /** The shared noun of the number ending at {@code end}, or null when it is in no such list. */
    public static String noun(String s, String before, int end) {
        Matcher hanging = Patterns.at(HANGING, s, end);
        if (hanging != null) {
            return hanging.group(1);
        }
        Matcher last = LIST_BEFORE.matcher(before).find() ? Patterns.at(NOUN, s, end) : null;
        return last == null ? null : last.group(1);
    }
}
