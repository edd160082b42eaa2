package io.corroborate.analysis.story;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;

/**
 * Splits a title and lead into weighted terms. Names are words written capitalized inside a sentence of the lead
 * (a headline's title case says nothing), and adjacent names also count as one phrase ("roger stone"), which is
 * far more specific than either word. Weights grow with the logarithm of the count so a repeated name does not
 * drown the rest.
 */
final class Terms {

    // Chosen on half of the BASIL events (bench StoriesBench); the other half is reported.
    private static final double TITLE = 2.5;
    private static final double NAME = 1.5;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}'’-]{1,40}");
    /**
     * A figure of the text: digits, with a currency sign before and a scale or percent after ("$5.7 billion",
     * "800,000", "58 percent", "2016"). Events told by several outlets share their figures; two events on one
     * subject years apart rarely do. The scale may be abbreviated as outlets write it ("$1.46bn", "£310mn", "4.5
     * mln", "$381K"); a lone "m", "b" or "k" is a scale only after a currency sign ("21m" alone is metres).
     */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<cur>[$€£])?(?<n>\\d{1,3}(?:,\\d{3})+"
            + "|\\d+(?:\\.\\d+)?)(?:\\s?(?<scale>(?i:trillion|billion|million|thousand|bn|mn|mln|tn)(?![\\p{L}])"
            + "|(?i:percent|per\\s?cent)(?![\\p{L}])|%|(?<=[$€£][\\d.,]{1,12})(?i:[mbk])(?![\\p{L}])))?(?![\\p{N}])");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** What follows a number of a street address's block: "the 1800 block of". */
    private static final Pattern BLOCK = Pattern.compile("\\s+block\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b((?:\\p{Lu}\\.){2,})");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "that", "with", "from", "this", "was",
            "were", "are", "has", "have", "had", "its", "his", "her", "their", "they", "will", "would", "said", "says",
            "but", "not", "who", "which", "what", "when", "where", "been", "also", "into", "about", "after", "over",
            "more", "than", "some", "one", "two", "new", "can", "could", "our", "out", "all", "any", "may", "other",
            "year", "years", "percent", "million", "billion", "per", "cent", "there", "them", "she", "him", "you",
            "while", "just", "most", "such", "only", "those", "these", "being", "first", "last", "like", "because",
            "how", "why", "did", "does", "according", "told", "under", "between", "before", "through", "mr", "mrs",
            "ms", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day", "time",
            "get", "got", "going", "saying", "make", "made", "want", "wants", "now", "then", "even", "still",
            "very", "much", "many", "well", "back", "way", "off", "here", "own", "should", "must", "might", "your");

    /** One word of the text: its term, whether it is written like a name inside a sentence, where it stands. */
    private record Word(String term, boolean capitalized, boolean sentenceStart, int start, int end) {
    }

    private Terms() {
    }

    /** The weighted terms of an article: title words, lead words, names and name phrases. */
    static Map<String, Double> of(String title, String lead) {
        List<Word> leadWords = words(lead);
        Set<String> names = new HashSet<>();
        Map<String, Integer> leadCounts = new HashMap<>();
        for (Word w : leadWords) {
            if (w.capitalized() && !w.sentenceStart()) {
                names.add(w.term());
            }
        }
        count(leadWords, lead, names, leadCounts, true);
        Map<String, Integer> titleCounts = new HashMap<>();
        count(words(title), title, names, titleCounts, false);
        figures(lead, leadCounts);
        figures(title, titleCounts);
        Map<String, Double> weights = new HashMap<>();
        leadCounts.forEach((term, n) -> weights.merge(term, 1 + Math.log(n), Double::sum));
        titleCounts.forEach((term, n) -> weights.merge(term, TITLE, Double::sum));
        weights.replaceAll((term, w) -> w * (term.indexOf(' ') > 0 ? NAME : names.contains(term) ? NAME : 1));
        return weights;
    }

    /**
     * A figure of a text as {@link #FIGURE} reads it: the digits as written, its currency sign (or ""), its value in
     * units (a scale applied; "per cent" and "%" scale by one), whether it is a percentage, and where it stands.
     */
    private record Written(String digits, String currency, BigDecimal value, boolean percent, boolean scaled,
            int start, int end) {

        /** The figure's key, by value however it is written: "$1.46 billion" and "$1.46BN" are both "$1460000000". */
        String key() {
            return currency + value.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
        }
    }

    private static List<Written> written(String text) {
        List<Written> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group("n");
            String scale = m.group("scale") == null ? "" : m.group("scale").toLowerCase(Locale.ROOT);
            boolean percent = scale.equals("%") || scale.startsWith("per");
            BigDecimal value = new BigDecimal(digits.replace(",", "")).multiply(Numbers.scale(scale));
            out.add(new Written(digits, m.group("cur") == null ? "" : m.group("cur"), value, percent,
                    !scale.isEmpty(), m.start(), m.end()));
        }
        return out;
    }

    /**
     * Counts the text's figures as terms, by value however they are written ("$1.46 billion" and "$1.46BN" are both
     * "#$1460000000", "35 per cent" and "35%" both "#35%"); single digits say too little to count (no event is told
     * by "3" alone).
     */
    private static void figures(String text, Map<String, Integer> counts) {
        for (Written f : written(text)) {
            if (f.digits().length() >= 2 || !f.currency().isEmpty() || f.scaled()) {
                counts.merge("#" + f.key(), 1, Integer::sum);
            }
        }
    }

    /**
     * The figures of a text precise enough to tell one event from another: an amount of money of two significant
     * digits or more ("£310m", "$14,000"; not "$5" or "$1 million", which many events state), or a number of a
     * thousand or more that is no year ("600,000", "1,200 objections"; "2,000 homes" is no year), by value however
     * written ("£310m" and "£310 million" are one). Not a street address ("the 1800 block of", "1200 Elm Street":
     * a plain number, with no comma, currency or scale), nor part of a code or a phone number ("555-1234").
     */
    static SortedSet<String> preciseFigures(String text) {
        SortedSet<String> out = new TreeSet<>();
        for (Written f : written(text)) {
            boolean money = !f.currency().isEmpty();
            boolean plain = !money && !f.scaled() && f.digits().matches("\\d+");
            boolean precise = !f.percent() && (money ? f.value().stripTrailingZeros().precision() >= 2
                    : f.value().compareTo(THOUSAND) >= 0 && !(plain && f.digits().matches("(?:1[89]|20)\\d\\d")));
            boolean address = plain && (BLOCK.matcher(text).region(f.end(), text.length()).lookingAt()
                    || Incidents.streetAfter(text, f.end()));
            if (precise && !address && !coded(text, f.start(), f.end())) {
                out.add(f.key());
            }
        }
        return out;
    }

    /** A figure joined by a hyphen or a slash to other digits: a phone number, a code, a date. */
    private static boolean coded(String text, int start, int end) {
        boolean before = start >= 2 && "-/".indexOf(text.charAt(start - 1)) >= 0
                && Character.isDigit(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && "-/".indexOf(text.charAt(end)) >= 0
                && Character.isDigit(text.charAt(end + 1));
        return before || after;
    }

    /** Counts words and name phrases; in a title (title case) only phrases already known from the lead count. */
    private static void count(List<Word> words, String text, Set<String> names, Map<String, Integer> counts,
            boolean lead) {
        Word previous = null;
        for (Word w : words) {
            if (!STOPWORDS.contains(w.term())) {
                counts.merge(names.contains(w.term()) ? w.term() : stem(w.term()), 1, Integer::sum);
            }
            if (previous != null && w.capitalized() && previous.capitalized()
                    && text.substring(previous.end(), w.start()).isBlank()
                    && (names.contains(w.term()) || names.contains(previous.term()))) {
                String phrase = previous.term() + " " + w.term();
                if (lead) {
                    names.add(phrase);
                }
                if (names.contains(phrase)) {
                    counts.merge(phrase, 1, Integer::sum);
                }
            }
            previous = w;
        }
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String plain = joinAcronyms(text);
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String word = m.group();
            String term = normalize(word);
            if (term.length() >= 3) {
                boolean capitalized = Character.isUpperCase(word.charAt(0));
                out.add(new Word(term, capitalized, startsSentence(plain, m.start()),
                        m.start(), m.end()));
            }
        }
        return out;
    }

    /** "F.B.I." and "FBI" are one term; the dots are replaced by nothing but keep offsets apart by a space. */
    private static String joinAcronyms(String text) {
        Matcher m = ACRONYM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String letters = m.group(1).replace(".", "");
            m.appendReplacement(out, letters + " ".repeat(m.group(1).length() - letters.length()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String normalize(String word) {
        String term = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (term.endsWith("'s")) {
            term = term.substring(0, term.length() - 2);
        }
        while (term.endsWith("'") || term.endsWith("-")) {
            term = term.substring(0, term.length() - 1);
        }
        return term;
    }

    /** A light plural folding, enough for "emails" and "email", "trophies" and "trophy". */
    static String stem(String term) {
        if (term.length() > 4 && term.endsWith("ies")) {
            return term.substring(0, term.length() - 3) + "y";
        }
        if (term.length() > 4 && term.endsWith("s") && !term.endsWith("ss") && !term.endsWith("us")
                && !term.endsWith("is")) {
            return term.substring(0, term.length() - 1);
        }
        return term;
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;—".indexOf(text.charAt(i)) >= 0 || text.substring(i + 1, at).indexOf('\n') >= 0;
    }
}
