package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.bench.extraction.MetadataMatch;
import io.corroborate.ingest.extract.ExtractedPage;
import io.corroborate.ingest.extract.HtmlExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Title, byline, site name, language and publication time on Mozilla Readability's 130 test pages
 * ({@code readability-metadata/test/test-pages/<name>/source.html} with {@code expected-metadata.json}),
 * compared as {@link MetadataMatch} defines. Reference: Readability.js 0.6.0 title 128/130, byline 130/130;
 * Readability4J 1.0.8 title 93/130, byline 95/130. Pages are extracted with the base URL the Readability tests
 * use. {@code --misses FIELD} prints expected vs. extracted values for one field.
 *
 * <pre>  MetadataBench DATASETS [--misses title|byline|siteName|lang|publishedTime]</pre>
 */
public final class MetadataBench {

    private static final String BASE_URL = "http://fakehost/test/page.html";
    private static final String[] FIELDS = {"title", "byline", "siteName", "lang", "publishedTime"};

    private MetadataBench() {
    }

    public static void main(String[] args) throws Exception {
        Path pagesDir = Path.of(args[0]).resolve("readability-metadata/test/test-pages");
        String misses = args.length > 2 && args[1].equals("--misses") ? args[2] : null;
        List<Path> pages;
        try (Stream<Path> list = Files.list(pagesDir)) {
            pages = list.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
        }
        HtmlExtractor extractor = new HtmlExtractor();
        ObjectMapper json = new ObjectMapper();
        int[] matched = new int[FIELDS.length];
        int[] present = new int[FIELDS.length];
        List<String> missLines = new ArrayList<>();
        for (Path page : pages) {
            JsonNode expected = json.readTree(page.resolve("expected-metadata.json").toFile());
            ExtractedPage got = extractor.extract(Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8),
                    BASE_URL);
            for (int f = 0; f < FIELDS.length; f++) {
                String want = expected.path(FIELDS[f]).isTextual() ? expected.path(FIELDS[f]).asText() : null;
                boolean ok = matches(FIELDS[f], want, got);
                matched[f] += ok ? 1 : 0;
                present[f] += want != null ? 1 : 0;
                if (!ok && FIELDS[f].equals(misses)) {
                    missLines.add(String.format("%-40s expected %s | got %s", page.getFileName(), want, actual(FIELDS[f], got)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "Metadata on %d Readability test pages (missing expected value matches only a missing one):%n",
                pages.size());
        for (int f = 0; f < FIELDS.length; f++) {
            System.out.printf(Locale.ROOT, "  %-14s %3d/%d   (%d pages have an expected value)%n", FIELDS[f], matched[f],
                    pages.size(), present[f]);
        }
        System.out.println("Reference: Readability.js 0.6.0 title 128/130, byline 130/130; Readability4J 1.0.8 title 93/130, byline 95/130");
        missLines.forEach(System.out::println);
    }

    private static boolean matches(String field, String want, ExtractedPage got) {
        return switch (field) {
            case "title" -> MetadataMatch.text(want, got.title());
            case "byline" -> MetadataMatch.text(want, got.byline());
            case "siteName" -> MetadataMatch.text(want, got.siteName());
            case "lang" -> MetadataMatch.language(want, got.language());
            default -> MetadataMatch.published(want, got.publishedAt());
        };
    }

    private static String actual(String field, ExtractedPage got) {
        return switch (field) {
            case "title" -> got.title();
            case "byline" -> got.byline();
            case "siteName" -> got.siteName();
            case "lang" -> got.language();
            default -> String.valueOf(got.publishedAt());
        };
    }
}
