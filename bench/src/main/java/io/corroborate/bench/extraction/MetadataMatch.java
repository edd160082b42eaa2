package io.corroborate.bench.extraction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** The normalized comparisons MetadataBench counts as a match; a missing expected value matches only a missing one. */
public final class MetadataMatch {

    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendPattern("[XXX][XX][X]").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private MetadataMatch() {
    }

    /**
     * Equal after collapsing whitespace, ignoring case and typography (curly and straight quotes and apostrophes, the
     * dashes); null and blank are the same.
     */
    public static boolean text(String expected, String actual) {
        return normalize(expected).equals(normalize(actual));
    }

    /** Same primary language subtag ("en-US" matches "en"). */
    public static boolean language(String expected, String actual) {
        return primary(expected).equals(primary(actual));
    }

    /**
     * With an offset: the same instant. Without one ("2015-04-30T07:19:58"): the same wall-clock time to the
     * second in the page's own offset. Date only: the same calendar date. Unparseable expected values count as
     * mismatches.
     */
    public static boolean published(String expected, OffsetDateTime actual) {
        if (expected == null || expected.isBlank()) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        String e = expected.trim();
        try {
            if (e.length() == 10) {
                return LocalDate.parse(e).equals(actual.toLocalDate());
            }
            if (hasOffset(e)) {
                return OffsetDateTime.parse(e, OFFSET).toInstant().equals(actual.toInstant());
            }
            LocalDateTime local = LocalDateTime.parse(e, LOCAL).withNano(0);
            return local.equals(actual.toLocalDateTime().withNano(0));
        } catch (DateTimeParseException unparseable) {
            return false;
        }
    }

    private static boolean hasOffset(String e) {
        int t = e.indexOf('T');
        String time = t < 0 ? "" : e.substring(t);
        return time.endsWith("Z") || time.contains("+") || time.contains("-");
    }

    private static String normalize(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").replaceAll("[\u2018\u2019\u02BC]", "'")
                .replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2013\u2014]", "-").toLowerCase(Locale.ROOT);
    }

    private static String primary(String tag) {
        return tag == null ? "" : tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
