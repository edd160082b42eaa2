package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.api.ArticleSubmission;
import io.corroborate.bench.extraction.ConfigDefaults;
import io.corroborate.bench.extraction.MetadataMatch;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.IngestConfig;
import io.corroborate.ingest.extract.HtmlExtractor;
import io.corroborate.ingest.service.ArticlePreparer;
import io.corroborate.ingest.service.PreparedArticle;
import java.time.OffsetDateTime;
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
 * Readability4J 1.0.8 title 93/130, byline 95/130. Each page goes through the service's own entry point, as a user
 * submits it (the page as {@code html} with the URL the Readability tests use, {@code ArticlePreparer}): title, byline,
 * language and publication time are what the service stores. The service keeps no site name, so that field is read
 * from the extractor alone. {@code --misses FIELD} prints expected vs. extracted values for one field.
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
        ArticlePreparer preparer = new ArticlePreparer(ConfigDefaults.of(IngestConfig.class), null);
        HtmlExtractor extractor = new HtmlExtractor();
        ObjectMapper json = new ObjectMapper();
        int[] matched = new int[FIELDS.length];
        int[] present = new int[FIELDS.length];
        List<String> missLines = new ArrayList<>();
        for (Path page : pages) {
            JsonNode expected = json.readTree(page.resolve("expected-metadata.json").toFile());
            String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
            Got got = prepare(preparer, html, extractor.extract(html, BASE_URL).siteName());
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

    /** What the service stores of a page, and the site name its extractor reads. */
    private record Got(String title, String byline, String siteName, String language, OffsetDateTime publishedAt) {
    }

    /** The page through the service's preparation of a submission; a page it refuses (no text) gives nothing. */
    private static Got prepare(ArticlePreparer preparer, String html, String siteName) {
        try {
            PreparedArticle article = preparer.prepare(new ArticleSubmission("Readability", BASE_URL, null, null, null,
                    null, html, null));
            return new Got(article.title(), article.byline(), siteName, article.language(), article.publishedAt());
        } catch (ProblemException refused) {
            return new Got(null, null, siteName, null, null);
        }
    }

    private static boolean matches(String field, String want, Got got) {
        return switch (field) {
            case "title" -> MetadataMatch.text(want, got.title());
            case "byline" -> MetadataMatch.text(want, got.byline());
            case "siteName" -> MetadataMatch.text(want, got.siteName());
            case "lang" -> MetadataMatch.language(want, got.language());
            default -> MetadataMatch.published(want, got.publishedAt());
        };
    }

    private static String actual(String field, Got got) {
        return switch (field) {
            case "title" -> got.title();
            case "byline" -> got.byline();
            case "siteName" -> got.siteName();
            case "lang" -> got.language();
            default -> String.valueOf(got.publishedAt());
        };
    }
}
