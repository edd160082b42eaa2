package io.corroborate.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.text.Patterns;
import io.corroborate.analysis.unit.CountedNoun;
import io.corroborate.analysis.unit.Units;

/**
 * The whole noun phrase a number counts, modifiers included, as the quantity layer reports it: "700 heart
 * transplants", "seven European countries", "one solution". The claim layer keeps only the head
 * ({@link CountedNoun}), which is what facts are grouped by.
 */
final class CountedPhrase {

    private static final Pattern WORD = Pattern.compile("\\s{1,2}(\\p{L}[\\p{L}-]{0,30})(?![\\p{L}\\p{N}'’])");
    private static final int MAX_WORDS = 4;
    // "one of the best screens", "two of the injured workers", "15 of the 19 hijackers": a part of a counted whole.
    private static final Pattern ONE_OF = Pattern.compile("\\s+of\\s+(?:the|my|his|her|their|its|our|your|these|those)"
            + "(?:\\s(?:\\d[\\d,]*|" + Numbers.SPELLED + "))?(?=\\s)");
    // Adverbs and prepositions the counted-noun lexicon lets through end a phrase: "one hand behind his back".
    private static final Set<String> STOP = Set.of("behind", "around", "across", "through", "while", "when",
            "where", "because", "again", "alone", "apiece", "left", "only", "ever", "yet", "too", "just", "instead",
            "away", "back", "ahead", "together", "not", "no", "now", "then", "there", "here", "also", "still");

    private static final Set<String> MORE = Set.of("more", "fewer", "additional", "extra");
    // "20 decently sized plants": an adverb with the participle it qualifies describes, it names nothing counted.
    private static final Pattern ADVERB = Pattern.compile("\\p{Ll}{3,}[^i]ly");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{2,}[^e]ed"); // "sized", not "speed"
    // "a 12 page document", "a 3 cylinder engine": a singular noun between the number and the noun it qualifies is
    // what the number counts, as in the hyphenated "12-page document". Such a phrase opens with a determiner.
    private static final Pattern COMPOUND = Pattern.compile("\\s(\\p{Ll}{3,20})\\s(\\p{Ll}[\\p{Ll}-]{2,20})"
            + "(?![\\p{L}\\p{N}'’-])");
    private static final Pattern DETERMINER = Pattern.compile("(?:(?<![\\p{L}])(?i:a|an|the|its|their|his|her|our"
            + "|this|that|these|those)|\\p{L}['’]s?)\\s+(?:\\S*[^\\s.,;:!?]\\s+){0,2}\\S+$");
    // Words the lexicon lets through as modifiers that are no nouns: "rose to 3.65 after reporting".
    private static final Set<String> NOT_NOUNS = Set.of("after", "before", "since", "until", "during", "while",
            "than", "as", "and", "with", "without", "within", "between", "among", "against", "toward", "towards",
            "through", "across", "behind", "beyond", "near", "via", "like", "unlike", "despite", "including", "amid",
            "all", "both", "some", "any", "many", "much", "most", "few", "several", "such", "other", "either",
            "neither", "not", "yet", "still", "only", "also", "even", "just", "here", "there", "then", "now", "today",
            "tonight", "tomorrow", "yesterday", "apiece", "straight", "overall", "total", "alone", "remain", "stand");

    /** A counted phrase and the offset where it ends in the sentence. */
    record Phrase(String text, int end) {

        /**
         * The unit the phrase gives its number: a unit of measure at its head stands alone ("517 rushing yards"
         * measures yards, "one US fluid ounce" an ounce), and a rate written after it joins it ("3,000 tests per
         * day").
         */
        String unit(String s) {
            String last = text.substring(text.lastIndexOf(' ') + 1);
            Units.Match measure = Units.at(" " + last, 0);
            String head = measure != null && measure.end() == last.length() + 1 ? measure.name() : text;
            String per = PerUnit.denominator(s, end);
            return per == null ? head : head + " per " + per;
        }
    }

    private CountedPhrase() {
    }

    /**
     * The phrase starting after {@code pos}, or null. A plural noun ends it; after "one" ({@code single}) the
     * last noun before a function word or punctuation does ("one solution for", "one ounce."). After "of the" the
     * phrase is the whole the number is a part of ("two of the injured workers").
     */
    static String after(String s, int pos, boolean single) {
        Phrase phrase = read(s, pos, single);
        return phrase == null ? null : phrase.text();
    }

    /** As {@link #after}, with the offset where the phrase ends. */
    static Phrase read(String s, int pos, boolean single) {
        Matcher of = Patterns.at(ONE_OF, s, pos);
        if (of != null) {
            return read(s, of.end(), false); // "one of the best screens" counts screens
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        int from = pos;
        int max = MAX_WORDS;
        for (int i = 0; i < max; i++) {
            m.region(from, s.length());
            if (!m.lookingAt()) {
                break;
            }
            String word = m.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            String previous = words.isEmpty() ? null : words.get(words.size() - 1);
            if (!words.isEmpty() && isMeasure(lower)) {
                words.add(word);
                return new Phrase(join(words), m.end()); // "50 previous years", "517 rushing yards"
            }
            if (words.isEmpty() && !single && MORE.contains(lower)) {
                words.add(word); // "30,000 more troops" counts more troops, "three more years" measures years
                from = m.end();
                continue;
            }
            if (STOP.contains(lower) || single && isHead(word, lower)) {
                break; // after "one" a word in "-s" is a verb: "one proposal asks"
            }
            if (isHead(word, lower)) {
                words.add(word);
                return new Phrase(join(words), m.end());
            }
            if (!CountedNoun.isModifier(lower, previous) || CountedNoun.isUncounted(lower)) {
                break;
            }
            max += words.isEmpty() && ADVERB.matcher(word).matches() ? 1 : 0; // an adverb does not count
            words.add(word);
            from = m.end();
        }
        boolean singular = single && !words.isEmpty() && !words.get(words.size() - 1).equals("and");
        return singular ? new Phrase(join(words), from) : single ? null : compound(s, pos);
    }

    /**
     * The singular noun of "a 12 page document" at {@code pos}, right after the number, or null when the two words
     * are no noun pair or no determiner opens the phrase.
     */
    private static Phrase compound(String s, int pos) {
        Matcher m = Patterns.at(COMPOUND, s, pos);
        if (m == null) {
            return null;
        }
        String counted = m.group(1);
        String qualified = m.group(2);
        boolean noun = !CountedNoun.isCounted(counted) && !counted.endsWith("ly") && !NOT_NOUNS.contains(counted)
                && !PARTICIPLE.matcher(counted).matches() && !MORE.contains(counted) && !STOP.contains(counted)
                && CountedNoun.isModifier(counted, null);
        boolean head = !qualified.endsWith("ly") && !PARTICIPLE.matcher(qualified).matches()
                && !STOP.contains(qualified) && !NOT_NOUNS.contains(qualified)
                && CountedNoun.isModifier(qualified, counted) && !isMeasure(qualified);
        boolean opened = noun && head && DETERMINER.matcher(s.substring(Math.max(0, pos - 60), pos)).find();
        return opened ? new Phrase(counted, m.end(1)) : null;
    }

    /** A unit of measure written out in full ("years", "yards"), not an abbreviation. */
    private static boolean isMeasure(String lower) {
        Units.Match unit = lower.length() > 2 ? Units.at(" " + lower, 0) : null;
        return unit != null && unit.end() == lower.length() + 1;
    }

    /** A plural noun; capitalized ones only in the regular "-s" form ("Americans", "World Cups"). */
    private static boolean isHead(String word, String lower) {
        if (Character.isLowerCase(word.charAt(0))) {
            return CountedNoun.isCounted(word);
        }
        return CountedNoun.isCounted(lower) && lower.endsWith("s") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    /** Leading participles describe rather than name what is counted: "300 recorded songs" counts songs ("-ing"
     * words stay, as many are nouns: "lightning strikes"). */
    private static String join(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        kept.remove("and");
        if (kept.size() > 2 && ADVERB.matcher(kept.get(0)).matches() && PARTICIPLE.matcher(kept.get(1)).matches()) {
            kept.remove(0); // "decently sized", the participle goes next
        }
        while (kept.size() > 1 && kept.get(0).matches("\\p{Ll}{3,}ed")) {
            kept.remove(0);
        }
        return String.join(" ", kept);
    }
}
