package io.corroborate.ingest.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the publication-date spellings found in page metadata; dates without a zone are taken as UTC. */
final class DateParser {

    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern HOUR_OFFSET = Pattern.compile("([+-]\\d{2})$");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");
    private static final List<DateTimeFormatter> HUMAN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH));

    private DateParser() {
    }

    /** The parsed instant with its offset, or null when the text is not a date we recognise. */
    static OffsetDateTime parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return null;
        }
        String text = raw.trim();
        OffsetDateTime parsed = tryIso(normaliseIso(text));
        if (parsed == null) {
            parsed = tryRfc1123(text);
        }
        return parsed != null ? parsed : tryHuman(text);
    }

    private static String normaliseIso(String s) {
        String t = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
        if (t.indexOf('T') < 0) {
            return t;
        }
        t = t.endsWith("z") ? t.substring(0, t.length() - 1) + "Z" : t;
        t = COMPACT_OFFSET.matcher(t).replaceFirst("$1:$2");
        return HOUR_OFFSET.matcher(t).replaceFirst("$1:00");
    }

    private static OffsetDateTime tryIso(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return tryDateOnly(s);
            }
        }
    }

    private static OffsetDateTime tryDateOnly(String s) {
        try {
            return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private static OffsetDateTime tryRfc1123(String s) {
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException notRfc) {
            return null;
        }
    }

    private static OffsetDateTime tryHuman(String s) {
        for (DateTimeFormatter format : HUMAN) {
            try {
                return LocalDate.parse(s, format).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException nextFormat) {
                // try the next spelling
            }
        }
        return null;
    }
}
