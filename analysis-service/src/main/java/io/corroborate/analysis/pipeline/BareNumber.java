package io.corroborate.analysis.pipeline;

import java.util.regex.Pattern;

/**
 * Whether a number with no unit is a quantity at all: clock times, days of a date, model and route numbers
 * ("iPhone 11", "S&P 500", "Game 7"), addresses and pronoun "one" are not.
 */
final class BareNumber {

    private static final Pattern MONTH = Pattern.compile("(?i)(?<![\\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|sept|oct|nov|dec)[a-z]*\\.?\\s(?:\\d{1,2},?\\s)?$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^(?:st|nd|rd|th)?\\s(?:jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?![\\p{L}])");
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\s?(?::\\d\\d|[ap]\\.?m\\.?(?![\\p{L}]))");
    // A capitalized word right before names the thing the number belongs to; "At", "By" or "In" only begin a phrase.
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}])(?!(?:At|By|In|On|To|Of|For|From|With"
            + "|About|Around|Some|Over|Under|Nearly|Almost|Just|Only|And|But|Up|Down|Than)\\s)[\\p{L}&-]*\\p{Lu}"
            + "[\\p{L}&-]*\\s$");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s\\p{Lu}");
    private static final Pattern PRONOUN_ONE = Pattern.compile("(?i)(?<![\\p{L}])(?:each|same|the|any|no|this|that"
            + "|every|which|another|anyone|someone|no)\\s$");

    private BareNumber() {
    }

    /** "each one", "the same one": "one" standing for a noun already named counts nothing. */
    static boolean isPronoun(String s, int start, String written) {
        return written.equalsIgnoreCase("one")
                && PRONOUN_ONE.matcher(s.substring(Math.max(0, start - 20), start)).find();
    }

    /** {@code start}/{@code end} delimit the number and its tail; {@code spelled} when written in words. */
    static boolean isQuantity(String s, int start, int end, boolean spelled) {
        String before = s.substring(Math.max(0, start - 40), start);
        String after = s.substring(end, Math.min(s.length(), end + 20));
        if (before.endsWith(":") || CLOCK.matcher(after).find() || MONTH.matcher(before).find()
                || MONTH_AFTER.matcher(after).find()) {
            return false;
        }
        if (NAME_BEFORE.matcher(before).find()) {
            return false;
        }
        String written = s.substring(start, end);
        return spelled || !(NAME_AFTER.matcher(after).find() && written.matches("\\d+"));
    }
}
