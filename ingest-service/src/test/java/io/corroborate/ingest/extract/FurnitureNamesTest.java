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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "elementor-widget-wrap | widget",
        "tag-mba-rankings | tag",
        "most-read-list | most read",
        "entry-content | ''",
        "hs_cos_wrapper_post_body | ''"
    })
    void namesTheFurnitureWordsOfAToken(String token, String words) {
        assertEquals(words, String.join(",", FurnitureNames.furnitureParts(token)), token);
    }

    @ParameterizedTest
    @CsvSource({
        "has-gated-overlay, true",
        "is-sticky, true",
        "with-sidebar, true",
        "gated-overlay, false",
        "history-box, false",
        "has, false"
    })
    void tellsAStateClassFromAName(String token, boolean state) {
        assertEquals(state, FurnitureNames.namesState(token), token);
    }

    @ParameterizedTest
    @CsvSource({
        "hs_cos_wrapper_post_body, true",
        "entry-content, true",
        "articleBody, true",
        "post-meta, false",
        "'', false"
    })
    void tellsATokenNamingTheContent(String token, boolean content) {
        assertEquals(content, FurnitureNames.namesContent(token), token);
    }
}
