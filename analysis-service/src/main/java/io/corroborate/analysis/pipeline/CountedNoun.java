package io.corroborate.analysis.pipeline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plural noun a bare number counts ("9,000 contractors", "8,500 bus and rail workers"). */
final class CountedNoun {

    private static final Pattern WORD = Pattern.compile("\\s{1,2}(\\p{Ll}[\\p{Ll}-]{1,30})(?![\\p{L}'’])");
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> NOT_COUNTED = Set.of("times", "years", "months", "weeks", "days", "hours",
            "minutes", "seconds", "percent", "points", "ways", "things", "others", "ones", "decades", "tens",
            "hundreds", "thousands", "millions", "billions", "dollars", "quarters", "is", "was", "has", "as", "its",
            "this");
    private static final Set<String> IRREGULAR = Set.of("people", "staff", "children", "men", "women", "police",
            "personnel", "crew", "aircraft", "sheep", "cattle", "fish", "livestock");
    // Function words and verbs end the noun phrase: "8,500 went on strike" counts nothing.
    private static final Set<String> NOT_MODIFIERS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should", "that", "which", "who", "than", "per",
            "into", "over", "under", "about", "said", "says", "went", "each", "every", "last", "next", "this", "its",
            "their", "his", "her", "our", "more", "less", "fewer", "ago", "out", "off", "up", "down", "so", "if");

    private CountedNoun() {
    }

    /**
     * The counted noun starting after {@code pos}, or null when none. Up to three modifiers may come first
     * ("new", "transit", "bus and rail"); the first plural noun is the head.
     */
    static String after(String s, int pos) {
        int from = pos;
        String previous = null;
        for (int i = 0; i <= MAX_MODIFIERS; i++) {
            Matcher m = WORD.matcher(s).region(from, s.length());
            if (!m.lookingAt()) {
                return null;
            }
            String word = m.group(1);
            if (isCounted(word)) {
                return word;
            }
            if (!isModifier(word, previous) || isUncounted(word)) {
                return null;
            }
            previous = word;
            from = m.end();
        }
        return null;
    }

    /** An adjective or noun before the head; "and" only joins two of them ("bus and rail"). */
    static boolean isModifier(String word, String previous) {
        if (word.equals("and")) {
            return previous != null && !previous.equals("and");
        }
        return !NOT_MODIFIERS.contains(word);
    }

    static boolean isUncounted(String word) {
        return NOT_COUNTED.contains(word);
    }

    static boolean isCounted(String word) {
        if (NOT_COUNTED.contains(word)) {
            return false;
        }
        // "fishermen" is plural; "previous", "bonus" and "basis" are not
        boolean men = word.endsWith("men") && word.length() > 4;
        boolean plural = word.endsWith("s") && !word.matches(".*(?:ss|us|is)") && word.length() > 3;
        return IRREGULAR.contains(word) || men || plural;
    }
}
