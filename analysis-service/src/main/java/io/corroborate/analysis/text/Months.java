package io.corroborate.analysis.text;

import java.util.Locale;
import java.util.Map;

/** English month names as written in news ("February", "Feb.", "Sept."), and their numbers. */
public final class Months {

    /** A month name or abbreviation, as a regular expression without a group. */
    public static final String NAME = "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?"
            + "|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Months() {
    }

    /** The number (1–12) of a month written as {@link #NAME} matches it. */
    public static int number(String written) {
        return NUMBERS.get(written.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
