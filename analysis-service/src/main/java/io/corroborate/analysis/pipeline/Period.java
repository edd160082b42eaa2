package io.corroborate.analysis.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.api.Kind;

/** The year a figure's clause is dated to: "58 percent in 2012" is another occasion than "56 percent". */
final class Period {

    private static final Pattern YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:in|during)\\s+((?:18|19|20)\\d\\d)(?!\\d)");
    private static final int MAX_GAP = 60;

    private Period() {
    }

    /** The year written near the figure at [start, end) with no clause punctuation between, or null. */
    static String of(String sentence, int start, int end, Kind kind) {
        if (kind == Kind.YEAR || kind == Kind.AGE) {
            return null;
        }
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            String between = m.start() >= end ? sentence.substring(end, m.start())
                    : sentence.substring(m.end(), Math.max(m.end(), start));
            if (between.length() <= MAX_GAP && between.chars().noneMatch(c -> ",;:".indexOf(c) >= 0)) {
                return m.group(1);
            }
        }
        return null;
    }
}
