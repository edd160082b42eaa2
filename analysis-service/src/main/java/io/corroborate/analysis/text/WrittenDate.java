package io.corroborate.analysis.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an undated article gives itself, for placing it among stories: the date in its URL ("/2019/01/25/"), a
 * dateline ("NEW YORK, June 23, 2025 —"; "WASHINGTON, Jan. 25 —", its year that of arrival) or a full date written in
 * its first paragraph ("on Friday, January 25, 2019"), unless words before it plan it ("due to start on April 1,
 * 2026"). Never a date that lies after the article's arrival. Empty when the article says nothing: an unknown date is
 * no evidence either way.
 */
public final class WrittenDate {

    private static final String MONTH = "(?<month>" + Months.NAME + ")";
    private static final Pattern URL_DATE = Pattern.compile("(?<![\\d])(?<year>(?:19|20)\\d\\d)[/-](?<month>0?[1-9]"
            + "|1[0-2])[/-](?<day>0?[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{2}[\\p{Lu}.'’ -]{0,40}, " + MONTH
            + " (?<day>[1-9]|[12]\\d|3[01])(?:, (?<year>(?:19|20)\\d\\d))?(?![\\d])");
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}])" + MONTH
            + " (?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?, (?<year>(?:19|20)\\d\\d)(?![\\d])");
    /**
     * Words that put a date ahead of what happened: a plan, a start, a deadline ("due to start on April 1, 2026",
     * "from January 1, 2020", "by June 30, 2025"). Such a date says when something will be, not when the article was
     * written.
     */
    private static final Pattern PLANNED = Pattern.compile("(?i)(?<![\\p{L}])(?:due|scheduled|set|expected|planned"
            + "|plans?|will|would|start|starts|starting|begin|begins|beginning|from|until|till|by|before|effective"
            + "|deadline|expires?|takes?\\s+effect)(?:\\s+(?:to|on|in|at|be|start|begin|from|as\\s+of))*\\s+"
            + "(?:on\\s+)?$");
    /** How many characters before a date may hold the words that plan it. */
    private static final int PLAN_REACH = 40;
    /** How far into the text a written date still dates the article itself. */
    private static final int FIRST_PARAGRAPH = 600;

    private WrittenDate() {
    }

    /** The date the article gives itself, at noon UTC, or empty. {@code arrival} bounds it and lends a year. */
    public static Optional<OffsetDateTime> of(String url, String text, OffsetDateTime arrival) {
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                Optional<OffsetDateTime> found = date(Integer.parseInt(m.group("year")),
                        Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")), arrival);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String head = text.length() > FIRST_PARAGRAPH ? text.substring(0, FIRST_PARAGRAPH) : text;
        for (String paragraph : head.split("\\n\\s*\\n", 3)) {
            Matcher dateline = DATELINE.matcher(paragraph.strip());
            if (dateline.find()) {
                int year = dateline.group("year") != null ? Integer.parseInt(dateline.group("year")) : arrival.getYear();
                Optional<OffsetDateTime> found = date(year, month(dateline.group("month")),
                        Integer.parseInt(dateline.group("day")), arrival);
                if (found.isEmpty() && dateline.group("year") == null) {
                    found = date(year - 1, month(dateline.group("month")), Integer.parseInt(dateline.group("day")),
                            arrival); // "Dec. 30" arriving in January
                }
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        Matcher full = FULL.matcher(head);
        while (full.find()) {
            if (PLANNED.matcher(head.substring(Math.max(0, full.start() - PLAN_REACH), full.start())).find()) {
                continue;
            }
            Optional<OffsetDateTime> found = date(Integer.parseInt(full.group("year")), month(full.group("month")),
                    Integer.parseInt(full.group("day")), arrival);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> date(int year, int month, int day, OffsetDateTime arrival) {
        try {
            OffsetDateTime date = LocalDate.of(year, month, day).atTime(12, 0).atOffset(ZoneOffset.UTC);
            return date.isAfter(arrival.plusDays(1)) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30"
        }
    }

    private static int month(String written) {
        return Months.number(written);
    }
}
