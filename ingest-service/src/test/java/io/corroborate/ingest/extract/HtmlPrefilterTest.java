package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlPrefilterTest {

    @Test
    void cutsScriptsStylesSvgAndComments() {
        String html = "<p>a</p><script>if (x < 1) { y = '<p>'; }</script><STYLE type=\"text/css\">p{}</STYLE>"
                + "<!-- note --><svg><svg><text>t</text></svg><path/></svg><p>b</p>";
        assertEquals("<p>a</p>    <p>b</p>", HtmlPrefilter.strip(html));
    }

    @Test
    void keepsJsonLdScripts() {
        String html = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><p>a</p>";
        assertEquals(html, HtmlPrefilter.strip(html));
    }

    @Test
    void keepsSelfClosingSvgFromSwallowingThePage() {
        assertEquals("<p>a</p> <p>b</p>", HtmlPrefilter.strip("<p>a</p><svg/><p>b</p>"));
    }

    @Test
    void leavesUnterminatedElementsToTheParser() {
        String html = "<p>a</p><script>never closed <p>b</p>";
        assertEquals(html, HtmlPrefilter.strip(html));
    }

    @Test
    void doesNotMistakeLongerTagNamesForScripts() {
        String html = "<scripture>Psalm 23</scripture><styled>x</styled>";
        assertEquals(html, HtmlPrefilter.strip(html));
    }
}
