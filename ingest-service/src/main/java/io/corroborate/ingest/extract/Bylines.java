package io.corroborate.ingest.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the author line and reduces it to names: no "By", no dates, no "Updated" stamps. */
final class Bylines {

    private static final String MARKUP_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, "
            + ".article-author, .author-name, .byline-name, [class*=byline], [class*=author-name], "
            + "a[href*=/author/]";
    private static final int MAX_CHARS = 200;
    private static final Pattern BY_START = Pattern.compile("\\s*(?:[Bb]y|BY|[Ww]ritten|[Aa]uthor)\\b");
    private static final Pattern BY_LINE = Pattern.compile("^\\s*(?:[Bb]y|BY|[Ww]ritten by|[Aa]uthor:)\\s+"
            + "(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|del|la|le)){1,4}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})*)\\s*(?:[|,•·]|$)");

    private Bylines() {
    }

    /**
     * The byline: JSON-LD's authors, the author meta tags, then the page's byline markup, then a visible "By Name"
     * line. A name that is the site's own ({@code siteName}, the publisher, the host: "Cleveland Clinic" on
     * health.clevelandclinic.org) is passed over for one the page gives a person, and kept only when nothing else
     * names one.
     */
    static String read(Document doc, JsonLd jsonLd, MetaTags meta, String siteName, String host) {
        String fromData = clean(jsonLd.authors());
        String fromMeta = meta.first("dc:creator", "dcterm:creator", "author", "article:author", "byl", "dc.creator",
                "sailthru.author", "parsely-author");
        fromMeta = fromMeta == null || fromMeta.startsWith("http") ? null : clean(fromMeta);
        String site = null;
        for (String candidate : new String[] {fromData, fromMeta, fromMarkup(doc), visible(doc)}) {
            if (candidate == null) {
                continue;
            }
            if (!isSite(candidate, siteName, jsonLd.publisherName(), host)) {
                return candidate;
            }
            site = site == null ? candidate : site;
        }
        return site;
    }

    /** Whether a byline names the site itself rather than a person writing for it. */
    private static boolean isSite(String byline, String siteName, String publisher, String host) {
        String folded = Texts.fold(byline).trim();
        if (folded.isEmpty()) {
            return false;
        }
        for (String name : new String[] {siteName, publisher}) {
            if (name != null && Texts.fold(name).trim().equals(folded)) {
                return true;
            }
        }
        String letters = folded.replace(" ", "");
        return host != null && letters.length() >= 3 && host.replaceAll("[^a-z0-9]", "").contains(letters);
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

    /** "By Jane Doe" written as a short line of its own (in the first part of the page): the byline, as shown. */
    private static String visible(Document doc) {
        String[] found = new String[1];
        TopOfPage.walk(doc, e -> {
            String own = e.ownText();
            if (own.length() >= 2 && own.length() <= 80 && BY_START.matcher(own).lookingAt()) {
                String whole = e.text();
                Matcher m = BY_LINE.matcher(whole.length() <= 80 ? whole : own);
                found[0] = m.find() ? clean(m.group("name")) : null;
            }
            return found[0] != null;
        });
        return found[0];
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
