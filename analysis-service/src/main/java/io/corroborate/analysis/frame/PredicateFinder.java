package io.corroborate.analysis.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.figure.Figure;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.Predicates;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.api.Kind;

/** Names what a figure measures from the words that govern it: the head noun after it, else the verb before it. */
final class PredicateFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|[.,;:!?()\\[\\]|—–]");
    private static final Set<String> CLAUSE_END = Set.of("and", "but", "which", "that", "while", "to", "as",
            "will", "would", "has", "have", "had", "from", "after", "when", "who");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
    private static final Set<String> VALUE_WORDS = Set.of("worth", "valued");
    private static final int AFTER_WORDS = 3;
    private static final int BEFORE_WORDS = 6;

    private PredicateFinder() {
    }

    static String find(String sentence, Figure figure) {
        Kind kind = figure.value().kind();
        if (kind == Kind.AGE) {
            return Predicates.fallback(kind);
        }
        boolean measure = kind == Kind.MONEY || kind == Kind.PERCENT;
        List<String> before = wordsBefore(sentence, figure.start());
        String found = measure ? HeadNoun.after(sentence, figure) : null;
        found = found == null && kind != Kind.YEAR ? ofBefore(before, kind) : found;
        found = found == null ? firstFamily(wordsAfter(sentence, figure.end()), kind) : found;
        if (found == null && kind != Kind.COUNT) {
            found = familyBefore(before, kind);
        }
        // A count of people says what befell them before it as often as after ("the death toll rose to five").
        if (found == null && "people".equals(figure.value().unit())) {
            found = before.stream()
                    .filter(w -> Predicates.familyOf(w) != null && Lexicon.get().countsPeople(w))
                    .findFirst().map(Predicates::familyOf).orElse(null);
        }
        if (found == null && kind == Kind.COUNT) {
            found = figure.value().unit();
        }
        boolean yearOfEvent = kind == Kind.YEAR && !"founding".equals(found);
        return found == null || yearOfEvent ? Predicates.fallback(kind, figure.value().unit()) : found;
    }

    /**
     * The family of the noun the figure is "of", perhaps hedged: "pre-tax profit of £61 million on revenue of £386
     * million" is a profit, whatever the words after it measure; "a rise of about 8%" a growth.
     */
    private static String ofBefore(List<String> nearestFirst, Kind kind) {
        int of = !nearestFirst.isEmpty() && Hedge.isWord(nearestFirst.get(0)) ? 1 : 0;
        if (nearestFirst.size() <= of + 1 || !nearestFirst.get(of).equalsIgnoreCase("of")) {
            return null;
        }
        String previous = nearestFirst.size() > of + 2 ? nearestFirst.get(of + 2) : null;
        String family = Predicates.familyOf(nearestFirst.get(of + 1), previous);
        return family != null && Predicates.canName(family, kind) ? family : null;
    }

    /** The first word after the figure whose family can name a figure of its kind ({@link Predicates#canName}). */
    private static String firstFamily(List<String> words, Kind kind) {
        for (int i = 0; i < words.size(); i++) {
            String family = Predicates.familyOf(words.get(i), i > 0 ? words.get(i - 1) : null);
            if (family != null && Predicates.canName(family, kind)) {
                return family;
            }
        }
        return null;
    }

    /** The nearest family word before the figure; "a deal worth $2 billion" is the deal's value, not a valuation. */
    private static String familyBefore(List<String> nearestFirst, Kind kind) {
        for (int i = 0; i < nearestFirst.size(); i++) {
            String previous = i + 1 < nearestFirst.size() ? nearestFirst.get(i + 1) : null;
            String family = Predicates.familyOf(nearestFirst.get(i), previous);
            if (family == null || !Predicates.canName(family, kind)) {
                continue;
            }
            String noun = i + 1 < nearestFirst.size() ? Predicates.nounFamilyOf(nearestFirst.get(i + 1)) : null;
            boolean appraised = VALUE_WORDS.contains(nearestFirst.get(i).toLowerCase(Locale.ROOT));
            return appraised && noun != null ? noun : family;
        }
        return null;
    }

    /** Up to three words after the figure, stopping at punctuation or where a new clause starts. */
    private static List<String> wordsAfter(String sentence, int from) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence).region(from, sentence.length());
        while (m.find() && words.size() < AFTER_WORDS) {
            String w = m.group();
            if (!Character.isLetter(w.charAt(0)) || CLAUSE_END.contains(w)) {
                break;
            }
            if (!DETERMINERS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Up to six words before the figure, nearest first, stopping at clause punctuation. */
    private static List<String> wordsBefore(String sentence, int to) {
        List<String> all = new ArrayList<>();
        Matcher m = WORD.matcher(sentence).region(0, to);
        while (m.find()) {
            String w = m.group();
            if (!Character.isLetter(w.charAt(0))) {
                all.clear();
            } else {
                all.add(w);
            }
        }
        List<String> nearestFirst = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && nearestFirst.size() < BEFORE_WORDS; i--) {
            nearestFirst.add(all.get(i));
        }
        return nearestFirst;
    }
}
