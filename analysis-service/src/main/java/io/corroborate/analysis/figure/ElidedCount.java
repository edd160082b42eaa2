package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.CountedNoun;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Counts whose noun the writer left out because the reader already has it — a bare number standing where a noun
 * phrase stands:
 * <ul>
 * <li>a share of a whole named after it: "41 of the 47 patients", "Fifty-nine of the district's 78 schools", "nine of
 * 12 corruption counts", "4,150 of its 18,900 flights" (the count is of the whole's noun);</li>
 * <li>a share of a whole named before it: "Of the 47 cases, 41 were…", "Of the injured, two were…";</li>
 * <li>a share of what was just counted: "two of them fatally", "two of whom remained in critical condition";</li>
 * <li>the subject of a clause: "Twenty-nine people were injured, and seven remained in critical condition", "Six more
 * were taken to hospital" (the count is of the last thing counted, in the sentence or the one before:
 * its antecedent).</li>
 * </ul>
 * The antecedent must be a counted noun already read; with none, a number is no count. A number that names its own
 * noun is read by the scanner, never here.
 */
final class ElidedCount {

    private static final String HEDGE = ImpliedCount.HEDGE;
    private static final String NUMBER = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,6}|" + ImpliedCount.SPELLED + ")";
    /** Where a bare number ends: nothing glued to it, no decimal, no percent. */
    private static final String BARE = "(?![\\p{L}\\p{N}%$€£])(?![.,]\\d)";
    private static final String BEFORE = "(?<![\\p{L}\\p{N},.$€£#/-])";
    /** "41 of the 47 patients", "nine of 12 corruption counts", "59 of the district's 78 schools". */
    private static final Pattern OF_WHOLE = Pattern.compile(BEFORE + HEDGE + NUMBER + BARE
            + "\\sof(?:\\s(?:the|its|their|his|her|our|all|all\\sthe))?(?:\\s[\\p{L}-]+['’]s)?"
            + "(?:\\s(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6}|" + ImpliedCount.SPELLED + ")(?![\\p{L}\\p{N}%]))?");
    /** "two of them", "two of whom", "three of those": a share of the antecedent. */
    private static final Pattern OF_THEM = Pattern.compile(BEFORE + HEDGE + NUMBER + BARE
            + "(?:\\smore)?\\sof\\s(?:them|whom|those|these)(?![\\p{L}])");
    /** "Of the 47 cases, 41 were", "Of the injured, two": the whole opens the sentence. */
    private static final Pattern LEADING_OF = Pattern.compile("^(?i:of)\\s(?:the|those|these|its|their)\\s"
            + "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6}|" + ImpliedCount.SPELLED + ")\\s)?(?<whole>[^,;]{3,60}),\\s"
            + HEDGE + NUMBER + BARE + "\\s");
    /**
     * A number opening a clause and followed by its verb: "…, and seven remained in critical condition", "Six more
     * were taken to hospital", "four remain in critical condition".
     */
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[;:—–]\\s?|,\\s(?:and\\s|but\\s|while\\s)?"
            + "|\\s(?:and|but|while|whereas)\\s)" + HEDGE + NUMBER + BARE
            + "(?:\\s(?:more|others?|other\\speople))?(?:\\s(?:also|still|later|then|now))?"
            + "\\s(?:were|was|are|is|remain|remains|remained|had|have|has|will|would|could|did|died|survived"
            + "|suffered|needed|required|went|got|fled|escaped|walked|stayed|lost|received|sustained"
            + "|\\p{Ll}{3,}ed)(?![\\p{L}])");

    private ElidedCount() {
    }

    /**
     * The elided counts of the sentence; {@code found} are its figures read so far, {@code antecedent} the noun the
     * sentences before last counted (or null).
     */
    static List<Figure> find(String s, List<Figure> found, String antecedent) {
        List<Figure> out = new ArrayList<>();
        boolean of = s.contains("of"); // a whole ("41 of the 47 patients") or a share ("two of them")
        Matcher whole = OF_WHOLE.matcher(s);
        while (of && whole.find()) {
            String noun = CountedNoun.after(s, whole.end(), false, true);
            if (noun != null && several(whole)) {
                add(s, whole, noun, out);
            }
        }
        Matcher leading = LEADING_OF.matcher(s);
        if (s.regionMatches(true, 0, "of", 0, 2) && leading.find()) {
            String words = leading.group("whole").trim();
            String last = words.substring(words.lastIndexOf(' ') + 1);
            String noun = CountedNoun.isCounted(last) ? last
                    : Lexicon.get().countsPeople(last) ? "people" : null;
            if (noun != null) {
                add(s, leading, noun, out);
            }
        }
        Matcher them = OF_THEM.matcher(s);
        while (of && them.find()) {
            String noun = antecedent(found, out, them.start("n"), antecedent);
            if (noun != null) {
                add(s, them, noun, out);
            }
        }
        Matcher subject = SUBJECT.matcher(s);
        while (subject.find()) {
            String noun = antecedent(found, out, subject.start("n"), antecedent);
            if (noun != null) {
                add(s, subject, noun, out);
            }
        }
        return out;
    }

    /** "one of the 12" names one thing, not a share. */
    private static boolean several(Matcher m) {
        String digits = Numbers.digits(m.group("n"));
        return digits != null && new BigDecimal(digits).compareTo(BigDecimal.ONE) > 0;
    }

    /** The noun of the last count before {@code at} in the sentence, else the sentences' antecedent. */
    private static String antecedent(List<Figure> found, List<Figure> added, int at, String antecedent) {
        Figure last = CountOf.lastCountBefore(found, added, at);
        return last != null ? last.value().unit() : antecedent;
    }

    private static void add(String s, Matcher m, String noun, List<Figure> out) {
        String digits = Numbers.digits(m.group("n"));
        if (digits == null || digits.contains(".") || out.stream().anyMatch(f -> f.start() == m.start("n"))) {
            return;
        }
        BigDecimal amount = new BigDecimal(digits);
        boolean yearLike = m.group("n").matches("1[89]\\d\\d|2[01]\\d\\d");
        if (amount.signum() <= 0 || yearLike) {
            return;
        }
        Value value = Intervals.single(Kind.COUNT, amount, Numbers.halfUnit(digits),
                Hedge.before(s.substring(0, m.start("n"))), null, noun);
        out.add(new Figure(value, m.start("n"), m.end("n"), amount, null));
    }
}
