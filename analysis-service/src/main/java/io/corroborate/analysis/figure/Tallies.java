package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Vote tallies: "passed 234-193", "a 5-4 ruling", "by a vote of 396 to 9", "voted 54 to 45", "by 54 votes to 45",
 * "voted seven to four", "by a seven-to-two vote", a jury's "10-2 majority" or "majority verdict of 10 to 2", and
 * in words in a sentence about a
 * vote ("seven voting in favour and two opposed", "six votes for and three against"). Two figures, the votes for and
 * the votes against ({@link Kind#COUNT}s of "votes for" and "votes against"), so that each compares on its own. A
 * pair of numbers is a tally only in a sentence about a vote or a ruling and when no unit follows ("40-60 hours" is
 * a range). A pair in a sentence about a game and not a vote is a score ("beat Rovers 3-1", "three goals to one"):
 * the higher side and the lower, each a {@link Kind#COUNT} of its own.
 */
final class Tallies {

    /** The units of the two figures of a tally. */
    static final String FOR = "votes for";
    static final String AGAINST = "votes against";
    private static final Pattern TALLY = Pattern.compile("(?<![\\p{L}\\p{N}.,$€£-])(?<yes>\\d{1,3})(?:\\s?[-–]\\s?"
            + "|(?<=vote of \\d{1,3}) to )(?<no>\\d{1,3})(?![\\p{N}%.,]\\p{N}|[\\p{N}%]|[-–]\\p{L})");
    private static final Pattern VOTE = Pattern.compile("(?i)(?<![\\p{L}])(?:vot\\w*|pass\\w*|approv\\w*|confirm\\w*"
            + "|rul\\w*|decision|margin|tally|split|reject\\w*|defeat\\w*|adopt\\w*|clear\\w*|overr\\w*|ballot\\w*"
            + "|elect\\w*|verdict|majority|jury|bill|motion|amendment|legislation|backed|endors\\w*"
            + "|councill?ors?|lawmakers|legislators|senators|commissioners|aldermen|trustees)(?![\\p{L}])");
    private static final String SIDE = "(?:\\d{1,3}|" + Numbers.SPELLED + ")";
    /**
     * "voted 54 to 45", "by 54 votes to 45", "approved her nomination by 13 to 11", "voted seven to four"; and the vote
     * as what the tally was: "the vote went 27 to 16", "the vote, taken at 10.47pm, was 27 to 19".
     */
    private static final Pattern TO_TALLY = Pattern.compile("(?i)(?<![\\p{L}])(?:voted|votes? of|by(?:\\sa)?|margin of"
            + "|tally of|majority of|verdict of|(?:vote|tally)(?![\\p{L}])[^;]{0,40}?\\s(?:was|went|ended|finished"
            + "|stood(?:\\sat)?))\\s(?<yes>" + SIDE + ")(?:\\s(?:votes?\\s)?to\\s|-to-)(?<no>" + SIDE
            + ")"
            + "(?![\\p{L}\\p{N}%.,]\\p{N}|[\\p{L}\\p{N}%])");
    /** A span of time after the pair makes it a range: "40-60 hours", "a 3-5 year term". */
    private static final Pattern TIME_WORD = Pattern.compile("^[\\s-]?(?:years?|months?|weeks?|days?|hours?|minutes?"
            + "|percent|per|times|points?)(?![\\p{L}])");
    private static final int NEAR = 60;
    /**
     * The units of a game's score: the higher side and the lower, or both sides of a draw. The comparison keeps the
     * two sides apart by these names (a unit "… score" with a qualifier: {@code fact.Aligned}).
     */
    static final String HIGHER = "higher score";
    static final String LOWER = "lower score";
    static final String SCORE = "score";
    /** A pair of numbers is a score in a sentence about a game: "beat Rovers 3-1", "a 2-0 win", "drew 1-1". */
    private static final Pattern GAME = Pattern.compile("(?i)(?<![\\p{L}])(?:beat\\w*|defeat\\w*|won|wins?|winning"
            + "|victory|victories|lost|loss|los[ei]ng?|drew|draw|tied|edged|routed|thrashed|goals?|scor\\w*|match\\w*"
            + "|game|final|half-?time|full-?time|innings|quarter|overtime|penalt\\w*|league|cup|season"
            + "|winner|header|striker|sink|sank|kick-?off|stadium|champions?|championship|derby|play-?offs?"
            + "|semi-?finals?|quarter-?finals?|tournament|rugby|football|soccer|hockey|basketball|baseball|cricket"
            + "|tries|touchdowns?|scoreline)"
            + "(?![\\p{L}])");
    /**
     * A side's lead in a game told right at the pair: "Rovers were 2-0 up", "2-1 down", "with Rovers leading 2-1",
     * "trailed 1-3" (not a lead exposure of children aged 5-11, nor a poll's "leading 52-48", which a vote word
     * claims first).
     */
    private static final Pattern UP_OR_DOWN = Pattern.compile("^\\s(?:up|down)(?![\\p{L}])");
    private static final Pattern LEADING = Pattern.compile("(?<![\\p{L}])(?:leading|led|trailing|trailed)\\s(?:by\\s)?$");
    /** "three goals to one", "by two goals to nil". */
    private static final Pattern WORDED_SCORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,])(?<a>\\d{1,3}|"
            + Numbers.SPELLED + ")\\s(?:goals?|points?|runs?|tries)\\sto\\s(?<b>\\d{1,3}|nil|" + Numbers.SPELLED
            + ")(?![\\p{L}\\p{N}]|[.,]\\d)");
    /** "seven members voting in favour", "six votes in favor", "five voted for", "two opposed", "three against". */
    private static final String COUNT = "(?<n>\\d{1,3}|(?i:" + Numbers.SPELLED + "))\\s(?:(?:more\\s)?\\p{Ll}{3,}\\s)?"
            + "(?:(?:voting|voted|votes?|were)\\s)?";
    private static final Pattern WORDED_FOR = Pattern.compile("(?<![\\p{L}\\p{N}$€£.,-])" + COUNT
            + "(?:in\\sfavou?r|for)(?![\\p{L}])");
    private static final Pattern WORDED_AGAINST = Pattern.compile("(?<![\\p{L}\\p{N}$€£.,-])" + COUNT
            + "(?:against|opposed|in\\sopposition)(?![\\p{L}])");

    private Tallies() {
    }

    /** The tallies of a sentence, each as its two figures. */
    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        // Each pattern needs its words: a tally a dash or "vote of", a tally or score in words "to", a side "for",
        // "favour", "against" or "opposed".
        boolean dashed = s.indexOf('-') >= 0 || s.indexOf('–') >= 0 || s.contains("vote of");
        Matcher m = TALLY.matcher(s);
        while (dashed && m.find()) {
            String around = s.substring(Math.max(0, m.start() - NEAR), Math.min(s.length(), m.end() + NEAR));
            Units.Match unit = Units.at(s, m.end());
            if (unit != null || TIME_WORD.matcher(s.substring(m.end())).find()) {
                continue;
            }
            if (VOTE.matcher(around).find()) {
                out.add(figure(m.start(), m.end(), m.group("yes"), FOR));
                out.add(figure(m.start(), m.end(), m.group("no"), AGAINST));
            } else if (GAME.matcher(around).find() || UP_OR_DOWN.matcher(s.substring(m.end())).find()
                    || LEADING.matcher(s.substring(0, m.start())).find()) {
                score(m.start(), m.end(), m.group("yes"), m.group("no"), out);
            }
        }
        boolean to = Numbers.containsIgnoreCase(s, "to");
        Matcher worded = WORDED_SCORE.matcher(s);
        while (to && worded.find()) {
            String high = Numbers.digits(worded.group("a"));
            String low = worded.group("b").equalsIgnoreCase("nil") ? "0" : Numbers.digits(worded.group("b"));
            int start = worded.start();
            int end = worded.end();
            if (high != null && low != null && !Figure.overlapsAny(out, start, end)) {
                score(start, end, high, low, out);
            }
        }
        Matcher toTally = TO_TALLY.matcher(s);
        while (to && toTally.find()) {
            int start = toTally.start("yes");
            int end = toTally.end("no");
            String yes = Numbers.digits(toTally.group("yes"));
            String no = Numbers.digits(toTally.group("no"));
            String around = s.substring(Math.max(0, start - NEAR), Math.min(s.length(), end + NEAR));
            boolean taken = Figure.overlapsAny(out, start, end);
            if (taken || yes == null || no == null || yes.contains(".") || no.contains(".")
                    || !VOTE.matcher(around).find() || Units.at(s, end) != null
                    || TIME_WORD.matcher(s.substring(end)).find()) {
                continue;
            }
            out.add(figure(start, end, yes, FOR));
            out.add(figure(start, end, no, AGAINST));
        }
        boolean sides = s.contains("for") || s.contains("favo") || s.contains("against") || s.contains("oppos");
        if (out.isEmpty() && sides && VOTE.matcher(s).find()) {
            worded(s, WORDED_FOR, FOR, out);
            worded(s, WORDED_AGAINST, AGAINST, out);
            out.sort(Comparator.comparingInt(Figure::start));
        }
        return out;
    }

    /**
     * A score: the higher side and the lower (a draw: two of one "score"), whichever team the sentence names first,
     * so that "beat Rovers 3-1" and "lost 3-1 to the Kestrels" state the same two figures.
     */
    private static void score(int start, int end, String a, String b, List<Figure> out) {
        int order = new BigDecimal(a).compareTo(new BigDecimal(b));
        out.add(figure(start, end, order >= 0 ? a : b, order == 0 ? SCORE : HIGHER));
        out.add(figure(start, end, order >= 0 ? b : a, order == 0 ? SCORE : LOWER));
    }

    /** A tally told in words: each side its own figure over its number. */
    private static void worded(String s, Pattern side, String unit, List<Figure> out) {
        Matcher m = side.matcher(s);
        while (m.find()) {
            String digits = Numbers.digits(m.group("n"));
            if (digits != null && !digits.contains(".")) {
                out.add(figure(m.start("n"), m.end("n"), digits, unit));
            }
        }
    }

    private static Figure figure(int start, int end, String digits, String unit) {
        BigDecimal amount = new BigDecimal(digits);
        Value value = new Value(Kind.COUNT, amount, null, unit, Bound.EXACT, amount, amount);
        return new Figure(value, start, end, amount, null);
    }
}
