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
 * Counts whose noun stands before the number, as statistics are reported: "the number of unemployed people fell to
 * 1.12 million", "the number of juvenile homicide victims rose to 16", "Port Halvey's homicide count fell 16.4% to
 * 143", "Ashby's crane count reaches 1,284", "infections in Ravensholm County rose to 412"; and a number compared
 * with a count just given, which counts the same thing: "143 killings last year, down from 171", "to 143 homicides
 * from 171". The count is of the noun as written (a count of "crane" is of "cranes").
 */
final class CountOf {

    private static final String HEDGE = ImpliedCount.HEDGE;
    private static final String NUMBER = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + ImpliedCount.SPELLED
            + ")(?:\\s(?<scale>million|billion|thousand))?";
    /** Where the number ends: no noun, unit or percent of its own. */
    private static final String BARE_END = "(?![\\p{L}\\p{N}%$€£])(?![.,]\\d)(?!\\s?(?:percent|per cent|points?|"
            + "dollars?|euros?|pounds?|years?|months?|weeks?|days?|hours?|minutes?|times|\\p{Ll}+s)(?![\\p{L}]))";
    /** Verbs and prepositions that give a count its number, after what it counts. */
    private static final String GIVES = "(?:to|at|of|reached|reaches|hit|hits|totaled|totalled|totals|stood at"
            + "|stands at|was|is|were|are)";
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)(?<![\\p{L}])number\\sof\\s"
            + "(?<noun>(?:[\\p{Ll}-]+\\s){0,3}?(?:[\\p{Ll}-]{3,}s|people|children|men|women))(?![\\p{L}])"
            + "(?:[^.;:!?]|\\.(?=\\d)){0,60}?\\s" + GIVES + "\\s" + HEDGE + NUMBER + BARE_END);
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\p{L}])(?<noun>[\\p{Ll}-]{3,})\\scount\\s"
            + "(?:(?:[^.;:!?]|\\.(?=\\d)){0,40}?\\s)?" + GIVES + "\\s" + HEDGE + NUMBER + BARE_END);
    /**
     * "Whooping cough infections in Ravensholm County rose to 412", "homicides fell to 143": a plural noun, what it is
     * counted in, and a verb of change giving the count its new number.
     */
    private static final Pattern CHANGED = Pattern.compile("(?<![\\p{L}])(?<noun>[\\p{L}][\\p{Ll}-]{2,}s)"
            + "(?:\\s(?:in|at|among|across|for|on)\\s(?:the\\s)?(?:[\\p{L}'’.-]+\\s){0,3}?[\\p{L}'’.-]+)?"
            + "\\s(?:have\\s|has\\s)?(?:rose|risen|fell|fallen|climbed|jumped|dropped|grew|grown|increased|decreased"
            + "|declined|surged|soared|doubled|rises|falls|climbs|jumps|drops|grows)"
            + "(?:\\s(?:sharply|slightly|steadily|again|by\\s[^,;:]{1,25}?))?\\s(?:to)\\s" + HEDGE + NUMBER + BARE_END);
    /** "down from 171", "up from about 1,100", "compared with 1,102": the other side of a comparison. */
    private static final Pattern COMPARED = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:down|up)\\sfrom|from|compared"
            + "\\swith|compared\\sto|versus|vs\\.?)\\s" + HEDGE + NUMBER + BARE_END);
    /** How far before a comparison the count it compares with may stand. */
    private static final int COMPARED_REACH = 80;

    private CountOf() {
    }

    /** The counts of the sentence whose noun stands before their number; {@code found} are its figures so far. */
    static List<Figure> find(String s, List<Figure> found) {
        List<Figure> out = new ArrayList<>();
        if (!s.contains("number of") && !s.contains("count") && !s.contains("from") && !s.contains("compared")
                && !s.contains("vs") && !s.contains(" to ")) {
            return out;
        }
        Matcher number = NUMBER_OF.matcher(s);
        while (number.find()) {
            String noun = number.group("noun");
            add(s, number, noun.substring(noun.lastIndexOf(' ') + 1), out);
        }
        Matcher count = COUNT.matcher(s);
        while (count.find()) {
            String noun = count.group("noun");
            add(s, count, noun.endsWith("s") ? noun : noun + "s", out);
        }
        Matcher changed = CHANGED.matcher(s);
        while (changed.find()) {
            String noun = changed.group("noun").toLowerCase(java.util.Locale.ROOT);
            if (CountedNoun.isCounted(noun) && Lexicon.get().isNoun(noun)) {
                add(s, changed, noun, out);
            }
        }
        Matcher compared = COMPARED.matcher(s);
        while (compared.find()) {
            Figure before = lastCountBefore(found, out, compared.start());
            if (before != null && compared.start() - before.end() <= COMPARED_REACH) {
                add(s, compared, before.value().unit(), out);
            }
        }
        return out;
    }

    /** The last count with a noun that ends before {@code at}, among two lists of a sentence's figures. */
    static Figure lastCountBefore(List<Figure> found, List<Figure> added, int at) {
        Figure last = null;
        for (List<Figure> figures : List.of(found, added)) {
            for (Figure f : figures) {
                boolean count = f.value().kind() == Kind.COUNT && f.value().unit() != null;
                if (count && f.end() <= at && (last == null || f.end() > last.end())) {
                    last = f;
                }
            }
        }
        return last;
    }

    private static void add(String s, Matcher m, String noun, List<Figure> out) {
        String digits = Numbers.digits(m.group("n"));
        if (digits == null || out.stream().anyMatch(f -> f.start() == m.start("n"))) {
            return;
        }
        BigDecimal written = new BigDecimal(digits);
        BigDecimal amount = written.multiply(Numbers.scale(m.group("scale")));
        boolean yearLike = m.group("n").matches("1[89]\\d\\d|2[01]\\d\\d");
        if (amount.signum() <= 0 || yearLike || m.group("scale") == null && digits.contains(".")) {
            return; // "from 2019" dates, never counts
        }
        BigDecimal half = Numbers.halfUnit(digits).multiply(Numbers.scale(m.group("scale")));
        Value value = Intervals.single(Kind.COUNT, amount, half, Hedge.before(s.substring(0, m.start("n"))), null,
                noun);
        int end = m.group("scale") != null ? m.end("scale") : m.end("n");
        out.add(new Figure(value, m.start("n"), end, amount, null));
    }
}
