package io.corroborate.analysis.number;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.api.Bound;

/** The hedge written around a figure ("about", "over", "up to", "+") and the bound it implies. */
public record Hedge(Bound bound, boolean capped, int start) {

    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(about|approximately|approx\\.|around|roughly|some|an estimated|estimated|close to"
                    + "|nearly|almost|just under|just over|~|over|more than|at least|above|upwards of|in excess of"
                    + "|up to|less than|fewer than|under|as much as|as many as|at most|below|no more than)\\s{0,2}$");

    static final Hedge NONE = new Hedge(Bound.EXACT, false, -1);

    /** Reads the hedge that ends where {@code before} ends; {@code start} is its offset in it. */
    public static Hedge before(String before) {
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

    /** A "+" or "-plus" written after the figure. */
    public static Hedge plus() {
        return new Hedge(Bound.AT_LEAST, false, -1);
    }

    private static Bound boundOf(String word) {
        switch (word) {
            case "over": case "more than": case "at least": case "above": case "upwards of":
            case "in excess of": case "just over":
                return Bound.AT_LEAST;
            case "up to": case "less than": case "fewer than": case "under": case "as much as":
            case "as many as": case "at most": case "below": case "no more than":
                return Bound.AT_MOST;
            default:
                return Bound.APPROXIMATE;
        }
    }
}
