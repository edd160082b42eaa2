package io.corroborate.ingest.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the author line and reduces it to names: no "By", no dates, no "Updated" stamps. */
final class Bylines {

    private static final String MARKUP_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, "
            + ".article-author, .author-name, .byline-name, [class*=byline]";
    private static final int MAX_CHARS = 200;

    private Bylines() {
    }

    static String read(Document doc, JsonLd jsonLd, MetaTags meta) {
        String fromData = clean(jsonLd.authors());
        if (fromData != null) {
            return fromData;
        }
        String fromMeta = meta.first("dc:creator", "dcterm:creator", "author", "article:author", "byl", "dc.creator",
                "sailthru.author", "parsely-author");
        fromMeta = fromMeta == null || fromMeta.startsWith("http") ? null : clean(fromMeta);
        return fromMeta != null ? fromMeta : fromMarkup(doc);
    }

    private static String fromMarkup(Document doc) {
        for (Element candidate : doc.select(MARKUP_SELECTOR)) {
            Element name = candidate.selectFirst("[itemprop=name]");
            String text = clean(name != null ? name.text() : candidate.text());
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** "By Jane Doe | June 12, 2025" and "Updated 3:00 PM, Jane Doe" both become "Jane Doe". */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Texts.collapse(DatePatterns.removeDatesAndTimes(raw));
        for (String part : text.split("[|\u2022\u00B7]")) {
            String name = stripLeadWords(part.trim());
            if (!name.isEmpty() && name.length() <= MAX_CHARS && Texts.wordCount(name) > 0) {
                return name;
            }
        }
        return null;
    }

    private static String stripLeadWords(String part) {
        String s = trimPunctuation(part);
        boolean changed = true;
        while (changed) {
            String lower = s.toLowerCase(Locale.ROOT);
            String before = s;
            for (String lead : new String[] {"by ", "by:", "written by ", "updated ", "updated:", "published ",
                "published:", "posted ", "posted:", "on ", "and "}) {
                if (lower.startsWith(lead)) {
                    s = trimPunctuation(s.substring(lead.length()));
                    break;
                }
            }
            changed = !s.equals(before);
        }
        return s;
    }

    private static String trimPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && ",;:-\u2013\u2014 ".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;:-\u2013\u2014 ".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
