package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.CountedNoun;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Kind;

/**
 * A number that names no noun of its own but whose clause says what it measures, as reports state totals: a noun it
 * is "of" ("a crowd of 41,872", "a margin of 6,235", "its licensed capacity of 80", "job gains of 24,000"), a noun
 * it is stated, estimated or moved to ("the workforce stands at 9,350", "employment is projected at 4,500", "homicides
 * fall to 143", "the count tops 45"; a noun in lower case), a winning margin ("beat Mayor Renn by roughly 6,200"),
 * or an act that
 * befalls people, in any tense ("floods kill at least three",
 * as {@link ImpliedCount} reads "killed three"). A {@link Kind#COUNT} with no counted noun (people for an act):
 * what it measures is the clause's, read by the frame stage. Any other number that names no noun ("Turnout reached
 * 900", "the plant employs 300") is a loose count of the scanner's, read last. Claims only, after every finder
 * that reads a noun: a
 * number any of them read is not read again. Not a year ("the class of 2019"), an age ("a man of 50" is read as an
 * age or not at all), a clock time or a decimal.
 */
final class StatedNumber {

    private static final String NUMBER = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,7}|" + ImpliedCount.SPELLED + ")"
            + "(?:\\s(?<scale>million|billion|thousand))?";
    /** Where the number ends: no noun, unit, percent or further digits of its own. */
    private static final String BARE_END = "(?![\\p{L}\\p{N}%$€£°-])(?![.,:]\\d)(?!\\s?(?:percent|per\\s?cent"
            + "|points?|dollars?|euros?|pounds?|years?|months?|weeks?|days?|hours?|minutes?|times|\\p{Ll}+s)"
            + "(?![\\p{L}]))";
    private static final Pattern OF = Pattern.compile("(?<![\\p{L}])(?<noun>\\p{Ll}{3,})\\sof\\s" + ImpliedCount.HEDGE
            + NUMBER + BARE_END);
    private static final Pattern STATED = Pattern.compile("(?<![\\p{L}])(?<noun>\\p{Ll}{3,})"
            + "\\s(?:(?:is|was|are|were|has\\sbeen|had\\sbeen|now)\\s)?(?:(?:projected|estimated|put|set|expected"
            + "|forecast|revised|raised|lowered|cut|stands|stood|rose|risen|rises|rise|fell|fallen|falls|fall|climbed"
            + "|climbs|climb|reached|reaches|hit|hits|topped|tops|totaled|totalled|totals|jumped|jumps|dropped"
            + "|drops|grew|grows|increased|decreased)\\s)(?:(?:up|down)\\s)?(?:at|to)?\\s?" + ImpliedCount.HEDGE
            + NUMBER + BARE_END);
    /** "beat Mayor Renn by roughly 6,200", "led by 12": a winning margin, in whatever the contest counts. */
    private static final Pattern MARGIN = Pattern.compile("(?<![\\p{L}])(?:beat|beats|beating|defeated|defeating|won"
            + "|wins|winning|leads?|led|leading|edged|trails?|trailed|trailing|outpolled)\\s(?:[^,.;:]{0,40}?\\s)?by\\s"
            + ImpliedCount.HEDGE + NUMBER + BARE_END);
    private static final Pattern ACT = Pattern.compile("(?<![\\p{L}])(?<act>\\p{Ll}{3,})\\s(?:of\\s)?"
            + ImpliedCount.HEDGE + NUMBER + BARE_END);
    /** Nouns whose "of" gives a number that is no total: a time, an age or a part of a text. */
    private static final Set<String> NOT_TOTALS = Set.of("age", "ages", "class", "summer", "spring", "winter",
            "autumn", "fall", "year", "years", "month", "months", "week", "day", "days", "chapter", "section",
            "article", "page", "paragraph", "verse", "line", "lines", "out", "one", "each", "all", "both", "some",
            "none", "most", "many", "few", "any", "set", "series", "version", "model", "level", "grade", "size",
            "score", "minute", "hour", "round", "game", "stage", "phase", "step", "part", "half", "end", "top");

    private StatedNumber() {
    }

    /** The numbers of the sentence its clause gives a measure; {@code found} are the figures read before. */
    static List<Figure> find(String s, List<Figure> found) {
        List<Figure> out = new ArrayList<>();
        boolean total = s.contains("of"); // "a crowd of 41,872"
        Matcher of = OF.matcher(s);
        while (total && of.find()) {
            String noun = of.group("noun");
            if (!NOT_TOTALS.contains(noun) && Lexicon.get().isNoun(noun) && !Lexicon.get().isStopword(noun)) {
                add(s, of, found, out, null);
            }
        }
        Matcher stated = STATED.matcher(s);
        while (stated.find()) {
            String noun = stated.group("noun").toLowerCase(Locale.ROOT);
            if (!NOT_TOTALS.contains(noun) && Lexicon.get().isNoun(noun) && !Lexicon.get().isStopword(noun)) {
                add(s, stated, found, out, null);
            }
        }
        if (s.contains(" by ")) {
            Matcher margin = MARGIN.matcher(s);
            while (margin.find()) {
                add(s, margin, found, out, null);
            }
        }
        Matcher act = ACT.matcher(s);
        while (act.find()) {
            String verb = act.group("act");
            if (Lexicon.get().family(verb) != null && Lexicon.get().countsPeople(verb)) {
                // "floods kill at least three": an act that befalls people counts people, as ImpliedCount's do
                add(s, act, found, out, "people");
            }
        }
        return out;
    }

    private static void add(String s, Matcher m, List<Figure> found, List<Figure> out, String counted) {
        int start = m.start("n");
        int end = m.group("scale") != null ? m.end("scale") : m.end("n");
        if (Figure.overlapsAny(found, start, end) || Figure.overlapsAny(out, start, end)
                || CountedNoun.after(s, end, false, false) != null || Units.at(s, end) != null) {
            return;
        }
        String digits = Numbers.digits(m.group("n"));
        if (digits == null || digits.contains(".")) {
            return;
        }
        boolean yearLike = m.group("n").matches("1[89]\\d\\d|2[01]\\d\\d");
        BigDecimal amount = new BigDecimal(digits).multiply(Numbers.scale(m.group("scale")));
        if (amount.signum() <= 0 || yearLike && m.group("scale") == null) {
            return;
        }
        BigDecimal half = Numbers.halfUnit(digits).multiply(Numbers.scale(m.group("scale")));
        out.add(new Figure(Intervals.single(Kind.COUNT, amount, half, Hedge.before(s.substring(0, start)), null,
                counted), start, end, amount, null));
    }
}
