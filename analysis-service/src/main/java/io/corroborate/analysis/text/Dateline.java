package io.corroborate.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dateline that opens a wire story ("SEATTLE — ", "NEW YORK, March 9 — "): a place, never a subject. */
public final class Dateline {

    // Possessive: a long run of capitals must not be split every possible way before the match fails.
    private static final String PLACE = "\\p{Lu}{2}[\\p{Lu}.'’-]*+(?: \\p{Lu}{2}[\\p{Lu}.'’-]*+){0,3}";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DASHED = Pattern.compile("^" + PLACE + "(?:, [\\p{Lu}][\\p{L}.]{1,15}"
            + "(?: [\\p{Lu}\\d][\\p{L}\\d.]{0,15})?)?(?: \\([^()]{1,40}\\))?(?: [—–-]+ |[—–]+)");
    private static final Pattern DATED = Pattern.compile("^" + PLACE + ", " + MONTH + " \\d{1,2}\\b[^\\p{L}]{0,8}");

    private Dateline() {
    }

    /** Where the text proper of the sentence starts: after its dateline, or 0 when it has none. */
    public static int end(String text, Sentence sentence) {
        if (!atParagraphStart(text, sentence.start())) {
            return 0;
        }
        Matcher dashed = DASHED.matcher(sentence.text());
        if (dashed.find()) {
            return dashed.end();
        }
        Matcher dated = DATED.matcher(sentence.text());
        return dated.find() ? dated.end() : 0;
    }

    private static boolean atParagraphStart(String text, int start) {
        int k = start;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n';
    }
}
