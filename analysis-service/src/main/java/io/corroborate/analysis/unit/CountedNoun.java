package io.corroborate.analysis.unit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NameWords;

/** The plural noun a bare number counts ("9,000 contractors", "8,500 bus and rail workers"). */
public final class CountedNoun {

    private static final Pattern WORD = Pattern.compile("\\s{1,2}(\\p{L}[\\p{L}-]{1,30}|\\p{Lu}[\\p{Lu}\\p{L}]{0,3}\\d{1,4}[\\p{L}]{0,3})(?![\\p{L}\\p{N}'’])");
    private static final int MAX_MODIFIERS = 3;
    /** A name in the possessive between the number and its noun: "1,284 Ashby's cranes". */
    private static final Pattern OWNER = Pattern.compile("\\s\\p{Lu}[\\p{L}-]{1,30}['’]s(?=\\s\\p{Ll})");
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
            "their", "his", "her", "our", "more", "less", "fewer", "ago", "out", "off", "up", "down", "so", "if",
            // prepositions and conjunctions: "rose to five after divers recovered a body" counts no divers
            "after", "before", "since", "during", "among", "including", "between", "amid", "despite", "against",
            "until", "through", "across", "toward", "towards", "around", "near", "when", "while", "because", "then",
            "where", "as", "like", "via", "within", "without", "behind", "beyond", "upon", "onto", "and/or");

    private CountedNoun() {
    }

    /**
     * The counted noun starting after {@code pos}, or null when none. Up to three modifiers may come first
     * ("new", "transit", "bus and rail", a name: "2,000 American troops"); the first plural noun is the head, or
     * for one thing its singular noun ("one person"). "Others" counts people ("five others were injured").
     */
    public static String after(String s, int pos) {
        return after(s, pos, false, false);
    }

    /**
     * As {@link #after(String, int)}, reading more of what claims count: with {@code one} (the number is one) a
     * singular noun ("one person"), "others" as people, and with {@code names} capitalized modifiers ("2,000
     * American troops"; not after a name, where "737 Max jets" is a model) and capitalized plurals of people ("42
     * Senate Republicans", "2.4 million Americans").
     */
    public static String after(String s, int pos, boolean one, boolean names) {
        boolean claims = one || names;
        int from = pos;
        String previous = null;
        Matcher owner = OWNER.matcher(s).region(from, s.length());
        if (owner.lookingAt()) {
            from = owner.end(); // "1,284 Ashby's cranes": the owner's name is no modifier of the noun
        }
        for (int i = 0; i <= MAX_MODIFIERS; i++) {
            Matcher m = WORD.matcher(s).region(from, s.length());
            if (!m.lookingAt()) {
                return null;
            }
            String word = m.group(1);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (capital && !names) {
                return null;
            }
            if (claims && i == 0 && word.equals("others")) {
                return "people";
            }
            if (!capital && (isCounted(word) || one && isSingular(word))) {
                return head(s, m.end(), word);
            }
            if (capital && isCounted(word) && Lexicon.get().countsPeople(word.toLowerCase(Locale.ROOT))) {
                return word; // people named by what they belong to: "2.4 million Americans", "42 Senate Republicans"
            }
            if (!isModifier(word, previous) || isUncounted(word) || capital && (i > 0 && !capitalized(previous)
                    || NameWords.STOP.contains(word))) {
                return null;
            }
            previous = word;
            from = m.end();
        }
        return null;
    }

    /**
     * The head of a compound of plural nouns, its last: "four corrections officers" and "five police officers" count
     * officers, "300 sales representatives" representatives. A plural noun right after a counted one is the head of
     * the compound; a verb after a plural subject takes no "s", so such a word is rarely a verb. "Members" says
     * only that they belong to what comes first: "four crew members" count crew, "two staff members" staff.
     */
    private static String head(String s, int end, String word) {
        Matcher next = WORD.matcher(s).region(end, s.length());
        if (next.lookingAt()) {
            String after = next.group(1);
            if (Character.isLowerCase(after.charAt(0)) && !after.equals(word) && isCounted(after)
                    && !IRREGULAR.contains(after) && !after.equals("members") && Lexicon.get().isNoun(after)
                    && !Lexicon.get().isStopword(after)) {
                return after;
            }
        }
        return word;
    }

    private static boolean capitalized(String word) {
        return word != null && Character.isUpperCase(word.charAt(0));
    }

    /** A singular noun one thing of which is counted: "one person", "a single officer". */
    private static boolean isSingular(String word) {
        return !NOT_MODIFIERS.contains(word) && !isUncounted(word) && !word.endsWith("s")
                && Lexicon.get().isNoun(word) && !Lexicon.get().isStopword(word);
    }

    /** An adjective or noun before the head; "and" only joins two of them ("bus and rail"). */
    public static boolean isModifier(String word, String previous) {
        if (word.equals("and")) {
            return previous != null && !previous.equals("and");
        }
        return !NOT_MODIFIERS.contains(word);
    }

    public static boolean isUncounted(String word) {
        return NOT_COUNTED.contains(word);
    }

    public static boolean isCounted(String word) {
        if (NOT_COUNTED.contains(word)) {
            return false;
        }
        // "fishermen" is plural; "previous", "bonus" and "basis" are not
        boolean men = word.endsWith("men") && word.length() > 4;
        boolean plural = word.endsWith("s") && !word.matches(".*(?:ss|us|is)") && word.length() > 3;
        return IRREGULAR.contains(word) || men || plural;
    }
}
