package io.corroborate.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An approximation of NLTK's English Punkt splitter ({@code nltk.sent_tokenize}), which rouge-score uses for
 * ROUGE-LSum. Like Punkt, a sentence ends only at '.', '?' or '!' followed by whitespace or an ASCII closer
 * ({@code " ' ) ]}) and whitespace, so paragraph breaks alone do not split and a period before a curly quote
 * ({@code .”}) does not split either. A period does not end a sentence after a common abbreviation or a
 * single-letter initial, or when the next word starts in lower case (Punkt's orthographic heuristic). Punkt's
 * learned collocation and frequency statistics are not reproduced; {@code ExtractionBench --validate} measures
 * how far the resulting scores are from the published ones.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "gen", "gov", "sen", "rep", "rev", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "ft", "mt", "inc",
            "corp", "co", "ltd", "vs", "v", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
            "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "ph.d", "dept", "est", "approx");

    private SentenceSplitter() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        String[] tokens = text.trim().split("\\s+");
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].isEmpty()) {
                continue;
            }
            current.append(current.length() > 0 ? " " : "").append(tokens[i]);
            String next = i + 1 < tokens.length ? tokens[i + 1] : null;
            if (next == null || endsSentence(tokens[i], next)) {
                sentences.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            sentences.add(current.toString());
        }
        return sentences;
    }

    private static boolean endsSentence(String token, String next) {
        int end = token.length();
        while (end > 0 && "\"')]".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char mark = token.charAt(end - 1);
        if (mark == '?' || mark == '!') {
            return true;
        }
        if (mark != '.') {
            return false;
        }
        String word = token.substring(0, end - 1).replaceAll("^[\"'(\\[\u201C\u2018]+", "").toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        boolean lowerNext = Character.isLowerCase(next.replaceAll("^[\"'(\\[\u201C\u2018]+", "").isEmpty()
                ? 'A' : next.replaceAll("^[\"'(\\[\u201C\u2018]+", "").charAt(0));
        return !ABBREVIATIONS.contains(word) && !initial && !lowerNext && !word.endsWith(".");
    }
}
