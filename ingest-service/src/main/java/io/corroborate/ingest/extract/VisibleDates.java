package io.corroborate.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Publication dates a page gives outside its metadata: in its URL ("/2025/07/09/", "/2025-07-09-"), or written as a
 * stamp near the top of the page ("Published July 9, 2025", "Posted on 9 July 2025", a short element whose class
 * names a date). A "Published" or "Posted" stamp wins over an "Updated" one, which is taken only when it is the
 * only stamp.
 */
final class VisibleDates {

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?=[/-])");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)^\\s*(?:published|posted|first published|date)"
            + "(?:\\s+on)?\\b");
    private static final Pattern UPDATED = Pattern.compile("(?i)^\\s*(?:last\\s+)?(?:updated|modified|reviewed)"
            + "(?:\\s+on)?\\b");
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|publish|posted");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(\\d)(?:st|nd|rd|th)\\b");
    private static final Pattern MONTH_DOT = Pattern.compile("(?i)\\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov"
            + "|dec)\\.");
    private static final int MAX_STAMP_CHARS = 80;
    /** How many elements after the headline a date written without a label is taken from. */
    private static final int NEAR_HEADLINE = 60;

    private VisibleDates() {
    }

    /** The date a URL's path carries, or null. */
    static OffsetDateTime inUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** The first publication stamp near the top of the page, else the first update stamp, or null. */
    static OffsetDateTime stamped(Document doc) {
        OffsetDateTime[] found = new OffsetDateTime[3]; // published, updated, a bare date under the headline
        int[] sinceHeadline = {-1};
        TopOfPage.walk(doc, e -> {
            if (e.nameIs("h1") && sinceHeadline[0] < 0) {
                sinceHeadline[0] = 0;
            } else if (sinceHeadline[0] >= 0) {
                sinceHeadline[0]++;
            }
            String own = e.ownText();
            if (own.isBlank() || own.length() > MAX_STAMP_CHARS) {
                return false;
            }
            boolean updated = UPDATED.matcher(own).lookingAt();
            boolean stamp = updated || PUBLISHED.matcher(own).lookingAt()
                    || DATE_CLASS.matcher(e.className() + " " + e.id()).find() || "time".equals(e.normalName());
            boolean underHeadline = sinceHeadline[0] >= 0 && sinceHeadline[0] <= NEAR_HEADLINE;
            OffsetDateTime date = stamp || underHeadline ? date(own) : null;
            int slot = updated ? 1 : stamp ? 0 : 2;
            if (slot == 2 && date != null && !bare(own)) {
                date = null;
            }
            if (date != null && found[slot] == null) {
                found[slot] = date;
            }
            return found[0] != null;
        });
        return found[0] != null ? found[0] : found[1] != null ? found[1] : found[2];
    }

    /**
     * Whether a text is a date and little else: "October 3, 2024", "• March 12, 2025", "- Mar 27, 2024" — what a
     * page prints under its headline as the date of the article, without a word to say so.
     */
    private static boolean bare(String own) {
        Matcher m = DatePatterns.DATE.matcher(own);
        return m.find() && (own.substring(0, m.start()) + own.substring(m.end())).replaceAll("[\\s\\p{P}\\p{S}]", "")
                .length() <= 3;
    }

    /** The first date written in a short text ("July 9th, 2025", "Sept. 9, 2025", "2025-07-09"), or null. */
    private static OffsetDateTime date(String text) {
        Matcher m = DatePatterns.DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String written = MONTH_DOT.matcher(ORDINAL.matcher(m.group()).replaceAll("$1")).replaceAll("$1")
                .replaceAll("\\s+", " ").trim();
        written = written.replaceFirst("(?i)^sept\\b", "Sep");
        OffsetDateTime parsed = DateParser.parse(capitalized(written));
        return parsed != null ? parsed : DateParser.parse(written.replace(",", ""));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
