package io.corroborate.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads headline, byline, date, site, canonical URL and language, preferring JSON-LD, then meta tags, then markup. */
final class MetadataExtractor {

    private static final String[] DATE_KEYS = {"article:published_time", "og:published_time", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "published",
        "citation_publication_date", "citation_online_date", "citation_date"};
    private static final String[] MODIFIED_KEYS = {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "last-modified"};

    private MetadataExtractor() {
    }

    /** The metadata fields of an {@link ExtractedPage}, with the text left empty for the caller to fill. */
    static ExtractedPage read(Document doc, String baseUrl) {
        return read(doc, JsonLd.of(doc), baseUrl);
    }

    static ExtractedPage read(Document doc, JsonLd jsonLd, String baseUrl) {
        MetaTags meta = new MetaTags(doc);
        String siteName = firstNonNull(meta.first("og:site_name"), jsonLd.publisherName());
        return new ExtractedPage("", title(doc, jsonLd, meta, siteName, baseUrl),
                Bylines.read(doc, jsonLd, meta, siteName, Titles.host(baseUrl)),
                publishedAt(doc, jsonLd, meta, baseUrl), siteName, canonical(doc, meta, baseUrl), language(doc, meta));
    }

    /**
     * The headline: the page's {@code h1} when it agrees with what the metadata names the page (JSON-LD headline,
     * {@code og:title} and the like, {@code <title>}), since the visible headline is the article's own wording and
     * the metadata's is often rewritten for search; otherwise the metadata's, in that order. The site's name is taken
     * off every candidate (" | Site", "Site – ", by {@code og:site_name}, the publisher or the domain).
     */
    private static String title(Document doc, JsonLd jsonLd, MetaTags meta, String siteName, String baseUrl) {
        String host = Titles.host(baseUrl);
        String titleElement = Titles.stripSiteSuffix(Texts.blankToNull(doc.title()), siteName, host);
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? null : Texts.blankToNull(h1.text());
        String headline = Titles.stripSiteSuffix(jsonLd.headline(firstNonNull(titleElement, heading)), siteName, host);
        String metaTitle = Titles.stripSiteSuffix(meta.first("dc:title", "dcterm:title", "og:title", "twitter:title",
                "parsely-title"), siteName, host);
        List<String> named = java.util.stream.Stream.of(headline, metaTitle, titleElement)
                .filter(java.util.Objects::nonNull).toList();
        for (Element candidate : doc.select("h1")) {
            String text = Titles.stripSiteSuffix(Texts.blankToNull(candidate.text()), siteName, host);
            // a blog's name in its h1 above every post is no headline, however the post's title starts
            if (text != null && !Titles.namesSite(text, siteName, host)
                    && named.stream().anyMatch(n -> Titles.agree(text, n))) {
                return text;
            }
        }
        return firstNonNull(firstNonNull(headline, metaTitle), firstNonNull(titleElement, heading));
    }

    /**
     * The publication date: JSON-LD {@code datePublished}, the date meta tags, a {@code <time datetime>}; then the
     * date in the URL ("/2025/07/09/"); then a date written near the top of the page as a publication stamp
     * ("Published July 9, 2025", an element whose class names a date) — "Updated" stamps only when nothing else.
     */
    private static OffsetDateTime publishedAt(Document doc, JsonLd jsonLd, MetaTags meta, String baseUrl) {
        OffsetDateTime date = DateParser.parse(jsonLd.datePublished());
        if (date == null) {
            date = DateParser.parse(meta.first(DATE_KEYS));
        }
        Element time = doc.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime], time[datetime]");
        date = date != null || time == null ? date : DateParser.parse(time.attr("datetime"));
        date = date != null ? date : VisibleDates.inUrl(baseUrl);
        date = date != null ? date : VisibleDates.stamped(doc);
        if (date == null) {
            // A page that says only when it was last changed: that is the best date it gives.
            date = DateParser.parse(jsonLd.dateModified());
        }
        return date != null ? date : DateParser.parse(meta.first(MODIFIED_KEYS));
    }

    private static String canonical(Document doc, MetaTags meta, String baseUrl) {
        String href = null;
        for (Element link : doc.select("link[rel][href]")) {
            if (href == null && link.attr("rel").toLowerCase(Locale.ROOT).matches(".*\\bcanonical\\b.*")) {
                href = Texts.blankToNull(link.attr("href"));
            }
        }
        href = href != null ? href : meta.first("og:url");
        if (href == null) {
            return null;
        }
        String resolved = baseUrl == null || baseUrl.isBlank() ? href : StringUtil.resolve(baseUrl.trim(), href);
        return resolved.startsWith("http://") || resolved.startsWith("https://") ? resolved : null;
    }

    private static String language(Document doc, MetaTags meta) {
        Element html = doc.selectFirst("html");
        String lang = primarySubtag(html == null ? null : html.attr("lang"));
        lang = lang != null ? lang : primarySubtag(meta.first("content-language", "language", "dc.language"));
        return lang != null ? lang : primarySubtag(meta.first("og:locale"));
    }

    /** "en-GB" and "en_US" give "en"; values that are not a 2–3 letter code give null. */
    static String primarySubtag(String tag) {
        if (tag == null) {
            return null;
        }
        String first = tag.trim().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return first.length() >= 2 && first.length() <= 3 && first.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? first : null;
    }

    static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
