package io.corroborate.analysis.figure;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A span of time that frames another figure rather than being one: "a 14% raise over three years", "within two
 * weeks", "for the next five years". Such spans are not claims ("sentenced to three years", "the strike lasted
 * 12 days" still are).
 */
final class TimeFrame {

    private static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "hour", "minute", "second");
    // The preposition may stand before a hedge word that is itself part of the frame ("over", "within").
    // "over/within/during N years" always frames; "for/in/after/since N years" only with a relative word
    // ("for the next three years", "in the past five years"): "served for eight years" is a duration, a claim.
    private static final String HEDGE = "(?:\\s+(?:about|around|roughly|nearly|almost|some|more\\s+than|less\\s+than|up\\s+to))?";
    private static final Pattern FRAME_BEFORE = Pattern.compile(
            "(?:\\b(?:over|across|during|within|throughout|spanning|per|every|each)(?:\\s+(?:the|a|an|its|their))?"
                    + HEDGE + "|\\b(?:for|in|after|since|over)(?:\\s+(?:the|its|their|his|her))?"
                    + "\\s+(?:next|past|last|coming|previous|following|first)" + HEDGE + ")\\s*$",
            Pattern.CASE_INSENSITIVE);

    private TimeFrame() {
    }

    /** Whether the unit measures time ("year", "hour"), as a unit of measure names it. */
    static boolean isTimeUnit(String unit) {
        return unit != null && TIME_UNITS.contains(unit);
    }

    /** Whether a figure in a time unit, written after {@code before}, only frames the sentence's other figures. */
    static boolean isFrame(String unit, String before) {
        if (!isTimeUnit(unit)) {
            return false;
        }
        String tail = before.length() > 60 ? before.substring(before.length() - 60) : before;
        return FRAME_BEFORE.matcher(tail).find();
    }
}
