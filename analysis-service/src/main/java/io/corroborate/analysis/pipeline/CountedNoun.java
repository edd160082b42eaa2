package io.corroborate.analysis.pipeline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plural noun a bare number counts ("9,000 contractors", "fourteen new researchers"). */
final class CountedNoun {

    private static final Pattern WORD = Pattern.compile("\\s{1,2}(\\p{Ll}[\\p{Ll}-]{1,30})(?![\\p{L}'’])");
    private static final Set<String> ADJECTIVES = Set.of("new", "more", "additional", "other", "full-time",
            "part-time", "former", "current", "senior", "active", "monthly", "daily", "young", "top", "small",
            "large", "local", "human", "major", "key", "skilled", "unique", "paying", "registered", "foreign");
    private static final Set<String> NOT_COUNTED = Set.of("times", "years", "months", "weeks", "days", "hours",
            "minutes", "seconds", "percent", "points", "ways", "things", "others", "ones", "decades", "tens",
            "hundreds", "thousands", "millions", "billions", "dollars", "is", "was", "has", "as", "its", "this");
    private static final Set<String> IRREGULAR = Set.of("people", "staff", "children", "men", "women", "police",
            "personnel", "crew", "aircraft", "sheep", "cattle", "fish", "livestock");

    private CountedNoun() {
    }

    /** The counted noun starting after {@code pos}, skipping one adjective, or null when none. */
    static String after(String s, int pos) {
        Matcher m = WORD.matcher(s).region(pos, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        String word = m.group(1);
        if (ADJECTIVES.contains(word)) {
            Matcher next = WORD.matcher(s).region(m.end(), s.length());
            word = next.lookingAt() ? next.group(1) : null;
        }
        return isCounted(word) ? word : null;
    }

    private static boolean isCounted(String word) {
        if (word == null || NOT_COUNTED.contains(word)) {
            return false;
        }
        return IRREGULAR.contains(word) || (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3);
    }
}
