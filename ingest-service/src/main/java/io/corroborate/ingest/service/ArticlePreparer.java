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
        String url = firstNonBlank(submission.url(), page.canonicalUrl());
        String urlKey = UrlKeys.of(firstNonBlank(page.canonicalUrl(), submission.url())).orElse(null);
        return new PreparedArticle(submission.source().strip(), url, urlKey,
                clip(firstNonBlank(submission.title(), page.title()), 1000),
                clip(firstNonBlank(submission.byline(), page.byline()), 300),
                submission.publishedAt() != null ? submission.publishedAt() : page.publishedAt(),
                clip(firstNonBlank(submission.language(), firstNonBlank(page.language(),
                        languages.guess(page.text()).orElse(null))), 16),
                page.text(), TextFingerprint.of(page.text()), MinHash.signature(page.text()));
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
        if (submission.text() != null && submission.text().length() > config.maxTextChars()) {
            errors.add(new Problem.FieldError("text", "must be at most " + config.maxTextChars() + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
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
