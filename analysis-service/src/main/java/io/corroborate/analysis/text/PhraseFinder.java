package io.corroborate.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NameWords;
import io.corroborate.analysis.lexicon.NumberWords;
import io.corroborate.analysis.lexicon.Predicates;

/** Groups the capitalized tokens of one sentence into name mentions ("Meta Platforms", "Bank of America"). */
final class PhraseFinder {

    // Amounts written in words ("Fourteen of the firms", "Dozens of workers") begin sentences but name no one.
    private static final Set<String> AMOUNTS = Set.of("Dozens", "Hundreds", "Thousands", "Millions", "Billions",
            "Several", "Half", "Few", "Tens", "Scores");
    // Plural nouns that do end names ("Fidelity Investments", "Global Acquisitions").
    private static final Pattern NOUN_PLURAL = Pattern.compile("(?:ments|tions|ings|ances|ences|ies)$");

    private final String text;
    private final List<Token> tokens;
    private final Set<String> knownCaps;
    private final Set<String> knownLower;
    private final boolean headline;
    /** Whether the sentence opens with a caption's or a note's label ({@link #opening}). */
    private final boolean labelled;

    PhraseFinder(String text, List<Token> tokens, Set<String> knownCaps, Set<String> knownLower) {
        this.text = text;
        this.tokens = tokens;
        this.knownCaps = knownCaps;
        this.knownLower = knownLower;
        this.headline = Headline.is(text, tokens);
        this.labelled = labelled(text, tokens);
    }

    List<Mention> find() {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(i)) {
                i++;
                continue;
            }
            int j = i;
            while (!possessiveAfter(j) && j + 1 < tokens.size() && joined(j, j + 1)) {
                if (nameWord(j + 1)) {
                    j++;
                } else if (connectorBefore(j + 1)) {
                    j += 2;
                } else {
                    break;
                }
            }
            add(found, i, j);
            i = j + 1;
        }
        return found;
    }

    private boolean nameWord(int i) {
        Token t = tokens.get(i);
        String word = t.text();
        if (!t.capitalized() || NameWords.STOP.contains(word) || NameWords.TITLES.contains(word)
                || isNumber(word) || isVerbForm(word) || scale(i) || shouted(i) || titleWord(i)
                || i == 0 && labelled) {
            return false;
        }
        if (headline) {
            boolean plausible = looksLikeName(word) || NameWords.DESIGNATORS.contains(word);
            return knownCaps.contains(word) || plausible && Predicates.familyOf(word) == null
                    && !NameWords.SCALE_WORDS.contains(word);
        }
        if (i > 0 && !sentenceStartBefore(t.start())) {
            return true;
        }
        // A capital at the start of a sentence proves nothing: keep the word only if the text vouches for it, or if
        // it is no word in common use ("Construction began", "Pay will rise" name no one; "Quill said" may).
        if (knownCaps.contains(word) || t.marked() || possessiveAfter(i)
                || (i + 1 < tokens.size() && joined(i, i + 1) && tokens.get(i + 1).capitalized())) {
            return true;
        }
        // "Greedy council chiefs voted": a word only ever an adjective, before a noun that is no verb, describes it
        // ("Orbital paid", "Orbital will", "Orbital shares rose" name a company)
        String next = i + 1 < tokens.size() && joined(i, i + 1) ? tokens.get(i + 1).text() : "";
        boolean describes = !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && Lexicon.get().isOnlyAdjective(word) && Lexicon.get().isNoun(next) && !Lexicon.get().isVerb(next);
        return !describes && looksLikeName(word) && !Lexicon.get().isCommonWord(word);
    }

    /**
     * An ordinary word opening an office's title ("Prime Minister Ilse Marant", "Police Chief Roderick Sweet",
     * "Deputy Mayor"): a word in common use right before an office, with no name word joined before it ("Amazon
     * Prime", "General Motors President" keep their names).
     */
    private boolean titleWord(int i) {
        if (i + 1 >= tokens.size() || !joined(i, i + 1) || !Lexicon.get().isOffice(tokens.get(i + 1).text())
                || !Lexicon.get().isCommonWord(tokens.get(i).text())) {
            return false;
        }
        return i == 0 || !joined(i - 1, i) || !tokens.get(i - 1).capitalized();
    }

    /** A temperature scale after a figure or "degrees" ("106 degrees Fahrenheit", "30 Celsius"): a unit, not a name. */
    private boolean scale(int i) {
        Conversions.Unit unit = Conversions.of(tokens.get(i).text());
        if (unit == null || !unit.dimension().equals("temperature") || i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        return before.startsWith("degree") || Character.isDigit(before.charAt(before.length() - 1));
    }

    /**
     * An ordinary word in capitals where a tabloid shouts: in a run of words in capitals ("BIG FREEZE CHAOS", "FISH
     * FURY", "FESTIVAL OF DEATH") or a kicker opening the sentence ("HORROR: …"). An acronym ("NATO", "FBI") is no
     * lower-case word; a word in capitals alone mid-sentence ("the WHO", "POLITICO", "Emmanuel MACRON") is a name.
     */
    private boolean shouted(int i) {
        String word = tokens.get(i).text();
        if (!allCapitals(word)) {
            return false;
        }
        int first = i;
        while (first > 0 && joined(first - 1, first) && allCapitals(tokens.get(first - 1).text())) {
            first--;
        }
        int last = i;
        while (last + 1 < tokens.size() && joined(last, last + 1) && allCapitals(tokens.get(last + 1).text())) {
            last++;
        }
        int end = tokens.get(last).end();
        boolean kicker = first == 0 && sentenceStartBefore(tokens.get(0).start()) && end < text.length()
                && text.charAt(end) == ':';
        if (last == first && !kicker) {
            return false;
        }
        String capitalized = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return NameWords.STOP.contains(capitalized) || word.length() >= 3 && Lexicon.get().isLowerCaseWord(word);
    }

    private static boolean allCapitals(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /**
     * A capitalized present-tense verb of a measure ("Invests", "Acquires", "Buys"), as title-case headlines and
     * table rows write them: never part of a name, however often the text capitalizes it.
     */
    private static boolean isVerbForm(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String family = Predicates.familyOf(lower);
        if (family == null || !lower.endsWith("s") || lower.length() < 4 || NOUN_PLURAL.matcher(lower).find()) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 1);
        String shorter = lower.endsWith("es") ? lower.substring(0, lower.length() - 2) : stem;
        return family.equals(Predicates.familyOf(stem)) || family.equals(Predicates.familyOf(shorter));
    }

    /** A capitalized number word or amount: "Fourteen", "Twenty-two", "Dozens". */
    private static boolean isNumber(String word) {
        return AMOUNTS.contains(word) || word.length() > 2 && Character.isLetter(word.charAt(0))
                && NumberWords.digits(word) != null;
    }

    private boolean looksLikeName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !knownLower.contains(lower) && !lower.endsWith("s") && !lower.endsWith("ing")
                && !lower.endsWith("ly") && !lower.endsWith("ed");
    }

    /**
     * How many tokens open the sentence before its first word: one, or two after a caption's or an update's label
     * ("Photo: Police tape surrounds the scene", "Update: …"), which names no one and leaves the next word first.
     */
    static int opening(String text, List<Token> tokens) {
        return labelled(text, tokens) ? 2 : 1;
    }

    private static boolean labelled(String text, List<Token> tokens) {
        if (tokens.isEmpty() || !NameWords.LEAD_LABELS.contains(tokens.get(0).text())) {
            return false;
        }
        int end = tokens.get(0).end();
        return end < text.length() && text.charAt(end) == ':';
    }

    /** Only quotes, bullets or dashes between the start of the sentence (after a label) and this offset. */
    private boolean sentenceStartBefore(int offset) {
        int from = labelled ? tokens.get(0).end() + 1 : 0;
        for (int k = from; k < offset; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean connectorBefore(int k) {
        return k + 1 < tokens.size() && NameWords.CONNECTORS.contains(tokens.get(k).text())
                && joined(k, k + 1) && nameWord(k + 1);
    }

    private boolean joined(int a, int b) {
        return tokens.get(b).start() - tokens.get(a).end() == 1 && text.charAt(tokens.get(a).end()) == ' ';
    }

    private boolean possessiveAfter(int j) {
        int end = tokens.get(j).end();
        boolean apostrophe = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
        // "Helio's", and a name ending in "s" with the apostrophe alone: "to Hutchins' 1.30 million"
        return apostrophe && (text.charAt(end + 1) == 's'
                && (end + 2 >= text.length() || !Character.isLetter(text.charAt(end + 2)))
                || Character.toLowerCase(text.charAt(end - 1)) == 's' && Character.isWhitespace(text.charAt(end + 1)));
    }

    private void add(List<Mention> found, int first, int last) {
        boolean possessive = possessiveAfter(last);
        while (last > first && NameWords.LEGAL.contains(tokens.get(last).text())) {
            last--;
        }
        if (NameWords.LEGAL.contains(tokens.get(first).text())) {
            return;
        }
        String name = text.substring(tokens.get(first).start(), tokens.get(last).end());
        if (first == last && NameWords.GENERIC.contains(name)) {
            return;
        }
        found.add(new Mention(name, tokens.get(first).start(), tokens.get(last).end(), possessive));
    }
}
