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
 * Counts of people whose noun is understood from what befell them: "kills 3, injures 6", "killed three and injured
 * six", "killed three and injured 14 shook the street", "killing 5 and injuring 2", "Three killed in blast", "2 dead,
 * 6 hurt", "six were injured", "bringing the death toll to four", "Flood toll rises to four" (a toll of people: never
 * money, "the toll rose to $5"), "Seven of the injured were in critical condition" (two or more of people already
 * counted). The act must
 * belong to a measure family of the lexicon whose acts befall people (deaths, injuries, arrests: see
 * {@link Lexicon#countsPeople}); the count is of people. A number that names its own noun ("three people", "three
 * homes") is read by the scanner, never here.
 */
final class ImpliedCount {

    /** A number in words ("seven", "twenty-two"), case aside; shared with {@link CountOf}. */
    static final String SPELLED = "(?i:" + Numbers.SPELLED + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    /** A hedge before a count ("at least five", "just over 1,100"); {@code Hedge.before} reads its meaning. */
    static final String HEDGE = "(?:(?:at least|about|nearly|almost|some|more than|around|roughly|just over"
            + "|just under|over|under)\\s)?";
    private static final String NUMBER = "(?<n>\\d{1,3}(?:,\\d{3})*|\\d{1,6}|" + SPELLED + ")";
    /** "killed three", "injures 6", "wounded at least five": an act, then the number, then no noun of its own. */
    private static final Pattern ACT_THEN_NUMBER = Pattern.compile("(?<![\\p{L}])(?<act>\\p{Ll}{3,}"
            + "(?:ed|es|s|ing))\\s" + HEDGE + NUMBER + "(?![\\p{L}\\p{N}%$€£])(?![.,]\\d)"
            + "(?!\\s?(?:percent|per cent)(?![\\p{L}]))");
    /** "Three killed", "2 dead, 6 hurt", "six were injured", "two more were wounded": the number, then the act. */
    private static final Pattern NUMBER_THEN_ACT = Pattern.compile("(?<![\\p{L}\\p{N},.$€£-])" + HEDGE + NUMBER
            + "\\s(?:more\\s|others?\\s)?(?:(?:were|was|are|have been|had been|has been|got|being|remain|remains"
            + "|remained|were still|are still)\\s)?"
            + "(?:(?:fatally|seriously|critically|badly|severely|slightly)\\s)?(?<act>\\p{Ll}{3,})(?![\\p{L}])");
    /** "the death toll rose to four", "a death toll of 12", "Flood toll rises to four", "toll from A14 crash to 4". */
    private static final Pattern TOLL = Pattern.compile("(?i)(?<![\\p{L}])toll\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,14}"
            + "(?:to|of|at)\\s" + HEDGE + NUMBER + "(?![\\p{L}\\p{N}%])"
            + "(?!\\s(?:percent|per cent|dollars?|cents?|euros?|pounds?|yuan|yen|rupees?)(?![\\p{L}]))");

    /** "Seven of the injured", "three of the victims", "two of those killed": a share of people already counted. */
    private static final Pattern PARTITIVE = Pattern.compile("(?<![\\p{L}\\p{N},.$€£-])" + HEDGE + NUMBER
            + "\\sof\\s(?:the|those|these)\\s(?<act>\\p{Ll}{3,})(?![\\p{L}])");

    private ImpliedCount() {
    }

    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        if (s.length() < 6) {
            return out;
        }
        for (Pattern p : List.of(ACT_THEN_NUMBER, NUMBER_THEN_ACT)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String act = m.group("act");
                // "killed three and injured 14 shook the street"; "killed three soldiers" names its own noun
                boolean ownNoun = p == ACT_THEN_NUMBER && CountedNoun.after(s, m.end("n"), false, false) != null;
                if (!ownNoun && Lexicon.get().family(act) != null && Lexicon.get().countsPeople(act)) {
                    add(s, m, out);
                }
            }
        }
        boolean of = s.contains("of");
        Matcher partitive = PARTITIVE.matcher(s);
        while (of && partitive.find()) {
            String digits = Numbers.digits(partitive.group("n"));
            boolean several = digits != null && !digits.contains(".")
                    && new BigDecimal(digits).compareTo(BigDecimal.ONE) > 0;
            if (several && Lexicon.get().countsPeople(partitive.group("act"))) {
                add(s, partitive, out);
            }
        }
        boolean tolled = Numbers.containsIgnoreCase(s, "toll");
        Matcher toll = TOLL.matcher(s);
        while (tolled && toll.find()) {
            add(s, toll, out);
        }
        return out;
    }

    private static void add(String s, Matcher m, List<Figure> out) {
        String digits = Numbers.digits(m.group("n"));
        if (digits == null || digits.contains(".") || out.stream().anyMatch(f -> f.start() == m.start("n"))) {
            return;
        }
        BigDecimal amount = new BigDecimal(digits);
        if (amount.signum() <= 0) {
            return;
        }
        Value value = Intervals.single(Kind.COUNT, amount, Numbers.halfUnit(digits),
                Hedge.before(s.substring(0, m.start("n"))), null, "people");
        out.add(new Figure(value, m.start("n"), m.end("n"), amount, null));
    }
}
