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
        Document doc = Jsoup.parse(HtmlPrefilter.strip(html), baseUrl == null ? "" : baseUrl);
        JsonLd jsonLd = JsonLd.of(doc);
        ExtractedPage meta = MetadataExtractor.read(doc, jsonLd, baseUrl);
        Element body = doc.body();
        FurnitureFilter.apply(body, MAX_NODES);
        List<String> paragraphs = BlockFilter.keep(BlockCollector.collect(ContentPicker.pick(body)), meta.title());
        paragraphs = ArticleBodyFallback.complete(paragraphs, jsonLd.articleBody(), meta.title());
        return new ExtractedPage(String.join("\n\n", paragraphs), meta.title(), meta.byline(), meta.publishedAt(),
                meta.siteName(), meta.canonicalUrl(), meta.language());
    }
}
