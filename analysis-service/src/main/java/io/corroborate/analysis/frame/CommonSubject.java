package io.corroborate.analysis.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.unit.Units;

/** "The union wants a 12% raise": the common noun that heads a clause when no name governs it. */
final class CommonSubject {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final String CLAUSE_MARKS = ";:,—–(";
    private static final Set<String> CONJUNCTIONS = Set.of("while", "whereas", "and", "but", "though",
            "although", "as", "so", "yet");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "be", "been",
            "being", "already", "also", "still", "now", "just", "not", "reportedly", "formally", "then");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "to", "for", "from", "by",
            "with", "into", "over", "under", "than", "as", "about", "after", "before", "since", "per", "and", "or");
    // Nouns that refer back to a named party ("the firm") say nothing on their own.
    private static final Set<String> ANAPHORS = Set.of("company", "firm", "startup", "group", "business", "bank",
            "lab", "it", "deal", "move", "decision");
    private static final int MAX_NOUN_WORDS = 4;
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    /** Words of a clause that no noun phrase holds: a determiner or adverb says the verb group was misread. */
    private static final Set<String> NOT_NOUNS = Set.of("the", "a", "an", "there", "here", "that", "this", "these",
            "those", "which", "who", "whose", "it", "its", "their", "his", "her", "our", "only", "very", "too");

    private CommonSubject() {
    }

    /**
     * The lower-case noun phrase of "the NOUN... VERB [a] FIGURE" in the clause ending at {@code figureStart}
     * ("transit authority" of "The Brookhaven transit authority offered 9%"), or null.
     */
    static String find(String s, int figureStart) {
        int clauseStart = 0;
        for (int k = figureStart - 1; k >= 0 && clauseStart == 0; k--) {
            clauseStart = CLAUSE_MARKS.indexOf(s.charAt(k)) >= 0 ? k + 1 : 0;
        }
        Hedge hedge = Hedge.before(s.substring(clauseStart, figureStart));
        int end = hedge.start() < 0 ? figureStart : clauseStart + hedge.start();
        List<String> words = words(withoutFigures(s.substring(clauseStart, end)));
        int first = !words.isEmpty() && CONJUNCTIONS.contains(words.get(0)) ? 1 : 0;
        if (words.size() <= first || !words.get(first).equalsIgnoreCase("the")) {
            return null;
        }
        int verb = verbGroupStart(words, first + 1);
        return verb < first + 2 ? null : nounPhrase(words.subList(first + 1, verb));
    }

    /** Where the verb group before the figure starts ("has offered", "wants to win"), or -1 when none. */
    private static int verbGroupStart(List<String> words, int from) {
        int j = words.size() - 1;
        while (j >= from && DETERMINERS.contains(lower(words.get(j)))) {
            j--;
        }
        if (j < from || !isLower(words.get(j)) || PREPOSITIONS.contains(words.get(j))) {
            return -1;
        }
        j--;
        while (j >= from) {
            String w = words.get(j);
            if (w.equals("to") && j - 1 >= from) {
                j -= 2; // "wants to win": the word before "to" is a verb too
            } else if (AUXILIARIES.contains(w) || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly")) {
                j--;
            } else {
                break;
            }
        }
        return j + 1;
    }

    /** Capitalized modifiers ("Brookhaven") then lower-case nouns; the lower-case part is the subject. */
    private static String nounPhrase(List<String> words) {
        int k = 0;
        while (k < words.size() && !isLower(words.get(k))) {
            k++;
        }
        List<String> nouns = words.subList(k, words.size());
        if (nouns.isEmpty() || words.size() > MAX_NOUN_WORDS || nouns.stream().anyMatch(w -> !isLower(w)
                || w.contains("'") || w.contains("’") || AUXILIARIES.contains(w) || PREPOSITIONS.contains(w)
                || NOT_NOUNS.contains(w))) {
            return null;
        }
        String head = nouns.get(nouns.size() - 1);
        if (!Lexicon.get().isNoun(head)) {
            return null; // "the diversion took the aircraft about 180 km": "took" heads no noun phrase
        }
        if (k > 0 && NameModifier.isPersonNoun(head)) {
            return null; // "The Harvard graduate raised": a description of someone, not a party of its own
        }
        boolean measure = Predicates.familyOf(head) != null || Predicates.nounFamilyOf(head) != null;
        return measure || ANAPHORS.contains(head) ? null : String.join(" ", nouns);
    }

    /**
     * The clause without the figures that modify its nouns, and their units: "The 178 kg spacecraft carries" reads
     * "The spacecraft carries", "The 2020 census counted" reads "The census counted".
     */
    private static String withoutFigures(String clause) {
        StringBuilder out = new StringBuilder();
        Matcher number = NUMBER.matcher(clause);
        int from = 0;
        while (number.find()) {
            out.append(clause, from, number.start());
            Units.Match unit = Units.at(clause, number.end());
            from = unit == null ? number.end() : unit.end();
        }
        return out.append(clause, from, clause.length()).toString();
    }

    private static List<String> words(String clause) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(clause);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean isLower(String word) {
        return Character.isLowerCase(word.charAt(0));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
