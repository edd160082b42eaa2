package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureNamesTest {

    @ParameterizedTest
    @CsvSource({
        "share-bar, true",
        "social_links, true",
        "relatedArticles, true",
        "ad-slot ad-leaderboard, true",
        "cookie-banner, true",
        "most-read, true",
        "read-more-box, true",
        "newsletter-signup, true",
        "comments-area, true",
        "breadcrumb, true",
        "post-tags, true",
        "byline, true",
        "twitter-tweet, true",
        "instagram-media, true",
        "tiktok-embed, true",
        "article-body, false",
        "header-less, false",
        "entry-content, false",
        "story, false",
        "headline, false",
        "download-link, false",
        "shadow-box, false",
        "main, false"
    })
    void classifiesClassTokensByWholeParts(String classes, boolean furniture) {
        assertEquals(furniture, FurnitureNames.isFurniture(classes), classes);
    }
}
