package io.corroborate.ingest.extract;

import java.util.regex.Pattern;

/** Date, time and "read time" shapes used to recognise tickers, datelines and bylines. */
final class DatePatterns {

    private static final String MONTH =
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,7}\\.?";

    // Every quantifier is bounded or separated by a literal, so matching stays linear.
    private static final String DATE_ALTERNATIVES = "(?:"
            + MONTH + "\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}" + MONTH + ",?\\s{1,3}\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,9})?(?:z|[+-]\\d{2}:?\\d{2})?)?"
            + "|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b";

    static final Pattern DATE = Pattern.compile("\\b" + DATE_ALTERNATIVES, Pattern.CASE_INSENSITIVE);

    static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}(?:\\s{0,2}(?:am|pm|a\\.m\\.|p\\.m\\.))?",
            Pattern.CASE_INSENSITIVE);

    static final Pattern READ_TIME = Pattern.compile(
            "\\b\\d{1,3}\\s{0,2}(?:-\\s?)?min(?:ute)?s?\\.?\\s{1,3}read\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern RELATIVE_TIME = Pattern.compile(
            "^(?:updated |posted |published )?(?:\\d{1,3}|an?|one)\\s{1,3}"
                    + "(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\\.?\\s{1,3}ago\\.?$",
            Pattern.CASE_INSENSITIVE);

    /** "Outlet Name | Jun 12, 2025" at the very start of a line (the teaser text may be glued after it). */
    static final Pattern TICKER_PREFIX = Pattern.compile(
            "^[^|\u2022\u00B7]{1,60}\\s[|\u2022\u00B7]\\s{0,3}" + DATE_ALTERNATIVES,
            Pattern.CASE_INSENSITIVE);

    private DatePatterns() {
    }

    static String removeDatesAndTimes(String s) {
        String noDates = DATE.matcher(s).replaceAll(" ");
        return TIME.matcher(noDates).replaceAll(" ");
    }
}
