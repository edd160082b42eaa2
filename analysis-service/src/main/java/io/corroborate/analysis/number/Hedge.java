package io.corroborate.analysis.number;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.api.Bound;

/** The hedge written around a figure ("about", "over", "up to", "+") and the bound it implies. */
public record Hedge(Bound bound, boolean capped, int start) {

    /**
     * "up to" bounds a figure ("a commission of up to 30%"), except after a verb of change whose particle "up" is
     * ("the rate edged up to 63.5 percent", "revised up to 31,000").
     */
    private static final String UP_TO = "(?<!(?:edged|edging|ticked|ticking|inched|inching|crept|creeping|moved|moving"
            + "|went|going|shot|jumped|jumping|climbed|climbing|rose|rising|revised|revising|bumped|ratcheted|stepped"
            + "|pushed|pushing|drove|driven|crawled|picked|picking|trended|trending|came|coming)\\s)up to";
    /**
     * Verbs and a preposition that pass a figure ("demand might top 10,000 megawatts", "sales topped $1 billion",
     * "exceeded", "it could climb past 10 gigawatts"); not "the top 10 companies", "the past 10 years" nor "a quarter
     * past four".
     */
    private static final String BEYOND = "(?<=(?:will|would|could|might|may|can|should|to|to\\s(?:easily|likely))\\s)top"
            + "|tops|topped|topping|exceed|exceeds|exceeded|exceeding|surpass|surpasses|surpassed|surpassing"
            + "|(?<!(?<![\\p{L}])(?:the|last|this|these|those|its|his|her|their|our|my|your|a|an|quarter|half|five|ten"
            + "|twenty|minutes)\\s)(?<!\\d\\s)past";
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(about|approximately|approx\\.|around|roughly|some|an estimated|estimated|close to"
                    + "|nearly|almost|just under|just over|~|over|more than|at least|above|upwards of|in excess of"
                    + "|" + UP_TO + "|less than|fewer than|under|as much as|as many as|at most|below|no more than"
                    + "|" + BEYOND + ")"
                    + "\\s{0,2}$");

    public static final Hedge NONE = new Hedge(Bound.EXACT, false, -1);

    /** The last word of every hedge {@link #BEFORE} reads: a text ending in another word holds none (a fast test). */
    private static final Set<String> LAST_WORDS = Set.of("about", "approximately", "approx.", "around", "roughly",
            "some", "estimated", "to", "nearly", "almost", "under", "over", "~", "than", "least", "above", "of", "as",
            "most", "below", "top", "tops", "topped", "topping", "exceed", "exceeds", "exceeded", "exceeding",
            "surpass", "surpasses", "surpassed", "surpassing", "past");

    /** Reads the hedge that ends where {@code before} ends; {@code start} is its offset in it. */
    public static Hedge before(String before) {
        if (!LAST_WORDS.contains(lastWord(before))) {
            return NONE;
        }
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        Matcher m = BEFORE.matcher(tail);
        if (!m.find()) {
            return NONE;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        int start = before.length() - tail.length() + m.start(1);
        return new Hedge(boundOf(word), word.equals("nearly") || word.equals("almost")
                || word.equals("just under"), start);
    }

    /**
     * The word that ends {@code text} once trailing spaces (and a final line terminator, before which the pattern's
     * "$" also matches) are left off, lower-cased: "~" or "approx." when the text ends so, else its trailing letters.
     */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u0085')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '~') {
            return "~";
        }
        if (end >= 7 && text.regionMatches(true, end - 7, "approx.", 0, 7)) {
            return "approx.";
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** A "+" or "-plus" written after the figure. */
    public static Hedge plus() {
        return new Hedge(Bound.AT_LEAST, false, -1);
    }

    private static Bound boundOf(String word) {
        switch (word) {
            case "over": case "more than": case "at least": case "above": case "upwards of":
            case "in excess of": case "just over": case "top": case "tops": case "topped": case "topping":
            case "exceed": case "exceeds": case "exceeded": case "exceeding": case "surpass": case "surpasses":
            case "surpassed": case "surpassing": case "past":
                return Bound.AT_LEAST;
            case "up to": case "less than": case "fewer than": case "under": case "as much as":
            case "as many as": case "at most": case "below": case "no more than":
                return Bound.AT_MOST;
            default:
                return Bound.APPROXIMATE;
        }
    }
}
