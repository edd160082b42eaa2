package io.corroborate.analysis.frame;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.NameWords;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.text.Mention;

/**
 * "The MIT dropout", "a Google engineer": a name that qualifies the common noun heading its phrase is no
 * subject; the phrase is a description of someone named before, or introduces a name ("MIT dropout Lena Okafor").
 */
public final class NameModifier {

    private static final Pattern WORD = Pattern.compile(" (\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}\\p{N}'’])");
    private static final Pattern PHRASE_END = Pattern.compile("\\s*(?:[.,;:!?)—–]|$)");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}[\\p{L}'’-]*)");
    private static final Pattern DEFINITE = Pattern.compile("(?:^|[,;:—–]\\s*)[\"“‘]?\\s*(?i:the)\\s+"
            + "(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,3}$");
    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "into", "over", "under", "than", "as", "per", "via",
            "about", "after", "before", "since", "until", "its", "his", "her", "their", "our", "this", "that",
            "these", "those", "which", "whose", "where", "when", "while", "if", "so", "last", "next", "each",
            "more", "less", "most", "all", "some", "up", "down", "out", "off", "plus", "says", "say");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did",
            "who", "also", "not", "now", "then", "later", "still", "once", "soon", "first");
    // Past tenses that do not end in -ed: "Halden cut 300 jobs" has a verb, not a noun, after the name.
    private static final Set<String> IRREGULAR = Set.of("said", "told", "sold", "paid", "bought", "spent", "lost",
            "rose", "fell", "grew", "slid", "won", "left", "made", "took", "got", "gave", "kept", "held", "led",
            "built", "hit", "cut", "set", "put", "shut", "let", "saw", "found", "brought", "sent", "began",
            "became", "came", "went", "ran", "quit", "struck", "stood", "met", "beat", "bet", "thought", "wrote",
            "chose", "drew", "sank", "shrank", "sought", "spoke", "broke", "drove", "withdrew", "split", "spread");
    // Nouns naming what the party itself has: "Apple stock fell 3%" is about Apple, as "Apple's stock" would be.
    private static final Set<String> BELONGINGS = Set.of("stock", "stocks", "shareholders", "investors",
            "employees", "workers", "staff", "workforce", "executives", "officials", "spokesperson", "spokesman",
            "spokeswoman", "board", "management", "unit", "division", "subsidiary");
    private static final Pattern AGENT = Pattern.compile("\\p{Ll}[\\p{Ll}-]+(?:er|or|ist|ian|ant|ent|ee)");
    private static final Set<String> PARTIES = Set.of("dropout", "graduate", "alumnus", "alumna", "alum", "native",
            "veteran", "startup", "company", "firm", "man", "woman", "chief", "boss", "star", "mogul", "billionaire");
    // Nouns in -er, -or, -ent... that name things: "the Senate floor" is still the Senate's.
    private static final Set<String> THINGS = Set.of("center", "paper", "letter", "order", "number", "border",
            "sector", "water", "power", "matter", "chapter", "quarter", "floor", "door", "tower", "error", "event",
            "percent", "content", "plant", "grant", "restaurant", "computer", "factor", "corridor", "river");
    private static final int MAX_NOUNS = 3;
    // After "X's": up to two modifiers, the relational noun, a comma, then the name it stands for.
    private static final Pattern RELATIVE = Pattern.compile(
            "['’]s\\s+(?:(?:new|former|then|longtime|interim|acting|current|chief|parent|[\\p{L}-]+(?:est|ing))"
            + "\\s+){0,2}([\\p{L}-]+),\\s+");
    private static final Set<String> RELATIVES = Set.of("parent", "owner", "subsidiary", "unit", "affiliate",
            "chief", "boss", "head", "co-founder",
            "cofounder", "executive", "spokesperson", "spokesman", "spokeswoman", "successor", "predecessor");

    private NameModifier() {
    }

    /** A noun naming a person by role or origin: "graduate", "dropout", "engineer" (not "center", "floor"). */
    static boolean isPersonNoun(String noun) {
        return PARTIES.contains(noun) || AGENT.matcher(noun).matches() && !THINGS.contains(noun);
    }

    /**
     * The subject that the free mention {@code m} stands for: itself when it heads its phrase or owns the thing
     * the phrase names; the name the phrase introduces ("Yale dropout Mira Castell"); for "the Yale dropout" the
     * previous sentence's lead ({@code previous}); null for someone new and unnamed ("a Google engineer").
     */
    public static String subject(String s, List<Mention> mentions, Mention m, String previous) {
        Mention appositive = appositive(s, mentions, m);
        if (appositive != null) {
            return appositive.name();
        }
        int head = headEnd(s, m);
        if (head < 0) {
            return m.name();
        }
        Matcher next = NEXT_WORD.matcher(s).region(head, s.length());
        for (Mention named : mentions) {
            if (next.lookingAt() && named.start() == next.start(1)) {
                return named.name();
            }
        }
        String noun = s.substring(s.lastIndexOf(' ', head - 1) + 1, head);
        if (!party(noun)) {
            return m.name(); // "the White House plan" is the White House's, as "Apple shares" are Apple's
        }
        // A definite singular description opening its clause points back to the party named before; "a Google
        // engineer" or "Tesla owners" bring in someone new and unnamed.
        return !noun.endsWith("s") && DEFINITE.matcher(s.substring(0, m.start())).find() ? previous : null;
    }

    /**
     * "Kestrel's parent, Orbital," or "Kestrel's chief executive, Dana Whitlock,": the possessive names whose
     * relative the phrase is, and the name set off after the comma is the one the phrase stands for.
     */
    private static Mention appositive(String s, List<Mention> mentions, Mention m) {
        if (!m.possessive()) {
            return null;
        }
        Matcher r = RELATIVE.matcher(s).region(m.end(), s.length());
        if (!r.lookingAt() || !relative(r.group(1))) {
            return null;
        }
        for (Mention named : mentions) {
            boolean setOff = named.end() >= s.length() || ",;.)—–".indexOf(s.charAt(named.end())) >= 0
                    || s.startsWith(" ", named.end());
            if (named.start() == r.end() && setOff && !named.possessive()) {
                return named;
            }
        }
        return null;
    }

    /** A noun naming how someone stands to an owner: "parent", "owner", "founder", "CEO", "chief executive". */
    private static boolean relative(String noun) {
        return RELATIVES.contains(noun) || NameWords.TITLES.contains(noun)
                || isPersonNoun(noun.toLowerCase(java.util.Locale.ROOT));
    }

    /** A noun for a person or an organisation ("dropout", "engineer", "startup"), which a name only describes. */
    private static boolean party(String noun) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return PARTIES.contains(singular) || AGENT.matcher(singular).matches() && !singular.endsWith("ment")
                && !THINGS.contains(singular);
    }

    /** Where the lower-case noun phrase {@code m} qualifies ends, or -1 when {@code m} heads its own phrase. */
    static int headEnd(String s, Mention m) {
        int end = m.end();
        for (int nouns = 0; !m.possessive() && nouns < MAX_NOUNS; nouns++) {
            Matcher w = WORD.matcher(s).region(end, s.length());
            if (!w.lookingAt() || !noun(w.group(1))) {
                return -1;
            }
            end = w.end();
            if (phraseEndsAt(s, end, w.group(1))) {
                return end;
            }
            if (w.group(1).endsWith("s")) {
                return -1; // a plural is last in its phrase: "Halden makes chips" has a verb first
            }
        }
        return -1;
    }

    private static boolean noun(String w) {
        return !FUNCTION.contains(w) && !AUXILIARIES.contains(w) && !NameWords.CONNECTORS.contains(w)
                && !IRREGULAR.contains(w) && !BELONGINGS.contains(w) && Predicates.familyOf(w) == null
                && !w.endsWith("ed") && !w.endsWith("ly") && !w.endsWith("ing");
    }

    /** Punctuation, a verb, an adverb or a following name shows the phrase headed by {@code head} ended. */
    private static boolean phraseEndsAt(String s, int end, String head) {
        if (PHRASE_END.matcher(s).region(end, s.length()).lookingAt()) {
            return true;
        }
        Matcher next = NEXT_WORD.matcher(s).region(end, s.length());
        if (!next.lookingAt()) {
            return false;
        }
        String w = next.group(1);
        // After a singular noun, a verb in -s or a name ("MIT dropout Lena Okafor") follows the phrase; after
        // a word in -s they would follow a verb instead ("Ravi Menon runs Quillhaus").
        boolean singular = !head.endsWith("s");
        boolean named = Character.isUpperCase(w.charAt(0));
        return AUXILIARIES.contains(w) || IRREGULAR.contains(w) || w.endsWith("ed") || w.endsWith("ly")
                || singular && (named || w.endsWith("s"));
    }
}
