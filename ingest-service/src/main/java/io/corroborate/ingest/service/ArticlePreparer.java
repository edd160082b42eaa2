package io.corroborate.ingest.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.api.ArticleSubmission;
import io.corroborate.api.Problem;
import io.corroborate.commons.ProblemException;
import io.corroborate.ingest.config.IngestConfig;
import io.corroborate.ingest.dedupe.MinHash;
import io.corroborate.ingest.dedupe.TextFingerprint;
import io.corroborate.ingest.dedupe.UrlKeys;
import io.corroborate.ingest.extract.ExtractedPage;
import io.corroborate.ingest.extract.HtmlExtractor;
import io.corroborate.ingest.extract.TextCleaner;
import io.corroborate.ingest.extract.Titles;
import io.corroborate.ingest.language.LanguageGuesser;

/** Checks a submission, extracts or cleans its text and merges metadata; caller-supplied fields win. */
@ApplicationScoped
public class ArticlePreparer {

    /** The longest URL stored (the column's size). */
    private static final int MAX_URL_CHARS = 2048;

    private final HtmlExtractor htmlExtractor = new HtmlExtractor();
    private final TextCleaner textCleaner = new TextCleaner();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final IngestConfig config;
    private final PageFetcher fetcher;

    public ArticlePreparer(IngestConfig config, PageFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    public PreparedArticle prepare(ArticleSubmission submission) {
        checkContent(submission);
        ExtractedPage page = extract(submission);
        if (page.text() == null || page.text().isBlank()) {
            throw ProblemException.unprocessable("no-text", "No article text",
                    "No article text could be found in the submitted content");
        }
        if (page.text().length() > config.maxTextChars()) {
            throw ProblemException.tooLarge("The article text exceeds " + config.maxTextChars() + " characters");
        }
        // A page's canonical URL is the page's word, not the user's: one longer than a URL may be is ignored.
        String canonical = page.canonicalUrl() != null && page.canonicalUrl().length() <= MAX_URL_CHARS
                && page.canonicalUrl().chars().noneMatch(ArticlePreparer::control) ? page.canonicalUrl() : null;
        String url = firstNonBlank(submission.url(), canonical);
        String urlKey = UrlKeys.of(firstNonBlank(canonical, submission.url())).orElse(null);
        urlKey = urlKey != null && urlKey.length() > MAX_URL_CHARS ? null : urlKey;
        String normalized = TextFingerprint.normalize(page.text()); // one pass for both fingerprints
        return new PreparedArticle(submission.source().strip(), url, urlKey,
                clip(firstNonBlank(submission.title(), page.title()), 1000),
                clip(firstNonBlank(submission.byline(), page.byline()), 300),
                submission.publishedAt() != null ? submission.publishedAt()
                        : storable(page.publishedAt()) ? page.publishedAt() : null,
                clip(firstNonBlank(submission.language(), firstNonBlank(page.language(),
                        languages.guess(page.text()).orElse(null))), 16),
                page.text(), TextFingerprint.ofNormalized(normalized), MinHash.signatureOfNormalized(normalized));
    }

    private ExtractedPage extract(ArticleSubmission submission) {
        if (submission.html() != null) {
            return htmlExtractor.extract(submission.html(), submission.url());
        }
        if (submission.text() != null) {
            return plainText(submission.text(), null);
        }
        FetchedPage fetched = fetcher.fetch(submission.url());
        return fetched.isHtml() ? htmlExtractor.extract(fetched.body(), fetched.finalUrl())
                : plainText(fetched.body(), fetched.finalUrl());
    }

    /** A plain text cleaned of furniture; its headline, if it starts with one, is its title. */
    private ExtractedPage plainText(String raw, String url) {
        String text = textCleaner.clean(raw);
        return new ExtractedPage(text, Titles.leadingHeadline(text).orElse(null), null, null, null, url, null);
    }

    private void checkContent(ArticleSubmission submission) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (submission.html() != null && submission.text() != null) {
            errors.add(new Problem.FieldError("html", "give either html or text, not both"));
        }
        if (submission.html() == null && submission.text() == null && isBlank(submission.url())) {
            errors.add(new Problem.FieldError("text", "give html, text, or a url to fetch"));
        }
        if (submission.html() != null && submission.html().length() > config.maxHtmlChars()) {
            errors.add(new Problem.FieldError("html", "must be at most " + config.maxHtmlChars() + " characters"));
        }
        if (submission.publishedAt() != null && !storable(submission.publishedAt())) {
            errors.add(new Problem.FieldError("publishedAt", "must be a date of the years 1 to 9999"));
        }
        if (submission.text() != null && submission.text().length() > config.maxTextChars()) {
            errors.add(new Problem.FieldError("text", "must be at most " + config.maxTextChars() + " characters"));
        }
        // Short fields are stored as given: a control character (a NUL above all, which PostgreSQL refuses) makes
        // the item unprocessable, never a failed insert.
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        for (String[] field : new String[][] {{"source", submission.source()}, {"url", submission.url()},
                {"title", submission.title()}, {"byline", submission.byline()}, {"language", submission.language()}}) {
            if (field[1] != null && field[1].chars().anyMatch(ArticlePreparer::control)) {
                errors.add(new Problem.FieldError(field[0], "must not contain control characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessableFields(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        for (String[] field : new String[][] {{"text", submission.text()}, {"html", submission.html()}}) {
            if (field[1] != null && !readable(field[1])) {
                throw ProblemException.unprocessable("not-text", "Not text", "The " + field[0]
                        + " is not text: it holds binary data (control characters or bytes that are no character)");
            }
        }
    }

    /**
     * Whether a date is one the store keeps: ISO-8601 parses "+300000-01-01T00:00:00Z", which PostgreSQL refuses (a
     * failed insert, never a client's problem); a page's own date that far off is no date.
     */
    private static boolean storable(java.time.OffsetDateTime date) {
        return date == null || date.getYear() >= 1 && date.getYear() <= 9999;
    }

    /** A C0 control or DEL other than tab, line feed, carriage return and form feed. */
    private static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
    }

    /**
     * Whether content reads as text: at most 1% of its characters (and at most 20) are controls or replacement
     * characters, the marks of binary bytes decoded as text.
     */
    static boolean readable(String content) {
        long junk = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            junk += control(c) || c == 0xFFFD ? 1 : 0;
        }
        return junk <= Math.max(20, content.length() / 100) || junk == 0;
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return isBlank(preferred) ? (isBlank(fallback) ? null : fallback.strip()) : preferred.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
