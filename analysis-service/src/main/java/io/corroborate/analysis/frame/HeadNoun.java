package io.corroborate.analysis.frame;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.Figure;
import io.corroborate.analysis.lexicon.Predicates;

/** The noun a figure modifies when written attributively: "a 31% premium", "Acme's $2 billion cash deal". */
final class HeadNoun {

    // A determiner or possessive before the figure (a hedge may sit between) marks it as a modifier of a noun.
    private static final Pattern LEAD = Pattern.compile("(?:(?<![\\p{L}])(?i:a|an|the|its|their|his|her|our|this"
            + "|that|whose)|\\p{L}['’]s?)\\s+(?i:(?:about|around|roughly|some|nearly|almost|approximately|over"
            + "|(?:an )?estimated|more than|just over|just under)\\s+)?$");
    private static final Pattern WORD = Pattern.compile("\\s{1,2}(\\p{Ll}[\\p{Ll}-]{0,30})(?![\\p{L}'’])");
    private static final Set<String> NOT_NOUNS = Set.of("in", "on", "at", "to", "for", "from", "by", "with", "of",
            "and", "or", "but", "than", "as", "is", "are", "was", "were", "be", "will", "would", "has", "have", "had",
            "that", "which", "who", "more", "less", "over", "under", "into", "per", "last", "this", "next", "each",
            "a", "an", "the", "so", "if", "since", "after", "before", "while", "when", "off", "up", "down", "out",
            "plus", "higher", "lower", "earlier", "later", "ago", "a-year", "year-on-year", "said", "says",
            // "the $5.7 billion he requested": a pronoun starts a relative clause, it heads no noun phrase
            "he", "she", "it", "they", "we", "i", "you", "whom", "him", "her", "them", "us", "me");
    private static final int MAX_WORDS = 3;

    private HeadNoun() {
    }

    /**
     * The predicate named by the noun phrase right after the figure, or null when the figure modifies none.
     * The phrase runs on only through nouns the lexicon knows ("a 5% price increase" is growth).
     */
    static String after(String sentence, Figure figure) {
        if (!LEAD.matcher(sentence.substring(Math.max(0, figure.start() - 40), figure.start())).find()) {
            return null;
        }
        Matcher m = WORD.matcher(sentence).region(figure.end(), sentence.length());
        if (!m.lookingAt() || NOT_NOUNS.contains(m.group(1))) {
            return null;
        }
        String head = m.group(1);
        for (int i = 1; i < MAX_WORDS; i++) {
            m = WORD.matcher(sentence).region(m.end(), sentence.length());
            if (!m.lookingAt() || Predicates.nounFamilyOf(m.group(1)) == null) {
                break;
            }
            head = m.group(1);
        }
        String family = Predicates.nounFamilyOf(head);
        return family != null ? family : head;
    }
}
