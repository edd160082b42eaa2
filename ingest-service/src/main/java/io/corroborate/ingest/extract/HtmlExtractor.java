package io.corroborate.ingest.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the article text and metadata from one HTML page; stateless, thread-safe, and never throws. */
public final class HtmlExtractor {

    // Bounds keep one pathological page from holding a worker: real articles are far below both.
    private static final int MAX_HTML_CHARS = 3_000_000;
    private static final int MAX_NODES = 60_000;
    private static final int MIN_ARTICLE_CHARS = 500;

    public ExtractedPage extract(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return ExtractedPage.empty();
        }
        try {
            return extractBounded(html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html, baseUrl);
        } catch (RuntimeException | StackOverflowError malformed) {
            return ExtractedPage.empty();
        }
    }

    private static ExtractedPage extractBounded(String html, String baseUrl) {
        String stripped = HtmlPrefilter.strip(html);
        Document doc = Jsoup.parse(stripped, baseUrl == null ? "" : baseUrl);
        JsonLd jsonLd = JsonLd.of(doc);
        ExtractedPage meta = MetadataExtractor.read(doc, jsonLd, baseUrl);
        FurnitureFilter.apply(doc.body(), MAX_NODES);
        List<String> paragraphs = paragraphs(doc.body(), meta.title());
        if (charCount(paragraphs) < MIN_ARTICLE_CHARS) {
            // As Readability does: class names can be wrong about a whole page, so a near-empty result is retried
            // without trusting them, and the longer of the two answers kept.
            Element body = Jsoup.parse(stripped, baseUrl == null ? "" : baseUrl).body();
            FurnitureFilter.applyTagsOnly(body, MAX_NODES);
            List<String> retry = paragraphs(body, meta.title());
            paragraphs = charCount(retry) > charCount(paragraphs) ? retry : paragraphs;
        }
        paragraphs = ArticleBodyFallback.complete(paragraphs, jsonLd.articleBody(), meta.title());
        return new ExtractedPage(String.join("\n\n", paragraphs), meta.title(), meta.byline(), meta.publishedAt(),
                meta.siteName(), meta.canonicalUrl(), meta.language());
    }

    private static List<String> paragraphs(Element body, String title) {
        return BlockFilter.keep(BlockCollector.collect(ContentPicker.pick(body)), title);
    }

    private static int charCount(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
