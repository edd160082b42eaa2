package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void keepsEveryBodyBlockOfNewsArticleInOrder() {
        String text = extract("jsonld-news-article.html").text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertEquals(10, paragraphs.size(), text);
        assertTrue(paragraphs.get(0).startsWith("Saltmere town council voted 11 to 4"), text);
        assertEquals("How the money adds up", paragraphs.get(2));
        assertTrue(paragraphs.get(5).startsWith("\"We cannot keep sweeping the sand"), text);
        assertEquals("A public consultation on the design opens on 1 April and runs for six weeks.", paragraphs.get(7));
        assertTrue(paragraphs.get(9).startsWith("The council said the wall would be designed"), text);
    }

    @Test
    void dropsEveryKindOfFurnitureFromNewsArticle() {
        String text = extract("jsonld-news-article.html").text();
        for (String furniture : List.of("cookies", "Skip to content", "Home", "Advertisement", "kayak", "By Ines",
                "Share on", "Photo: Ledger", "hidden duplicate", "Hidden teaser", "Read more", "flood maps",
                "Sign up", "Morning briefing", "Storm Petra", "Related", "Tags", "Comments", "About time",
                "Most read", "Pier cafe", "Subscribe", "All rights reserved", "window.dataLayer", "color: red")) {
            assertFalse(text.contains(furniture), () -> "furniture survived: " + furniture + "\n" + text);
        }
    }

    @Test
    void neverRepeatsHeadlineInText() {
        ExtractedPage page = extract("og-time-br-paragraphs.html");
        assertFalse(page.text().toLowerCase().contains("orchard co-op reports"), page.text());
    }

    @Test
    void splitsBrSeparatedParagraphsAndKeepsHeaderLessContainer() {
        String text = extract("og-time-br-paragraphs.html").text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertEquals(5, paragraphs.size(), text);
        assertTrue(paragraphs.get(1).startsWith("Chair Malcolm Ferreira told members"), text);
        assertTrue(paragraphs.get(4).startsWith("Not everyone is convinced."), text);
        for (String furniture : List.of("Log in", "Farming", "Related:", "Pear prices", "Follow Valley Post",
                "Screen-reader", "You may also like", "Honey harvest", "Popular now", "Bridge closure", "4 min read",
                "Advertise")) {
            assertFalse(text.contains(furniture), () -> "furniture survived: " + furniture + "\n" + text);
        }
    }

    @Test
    void extractsPageWhoseWholeBodySitsInsideOneForm() {
        ExtractedPage page = extract("form-wrapped.html");
        List<String> paragraphs = List.of(page.text().split("\n\n"));
        assertEquals(4, paragraphs.size(), page.text());
        assertTrue(paragraphs.get(0).startsWith("Island Link Ferries will run six crossings"), page.text());
        assertTrue(paragraphs.get(3).endsWith("will be honoured."), page.text());
        for (String furniture : List.of("Letters", "Share this story", "Search the Gazette", "Ferry times", "07:10")) {
            assertFalse(page.text().contains(furniture), () -> "furniture survived: " + furniture);
        }
    }

    @Test
    void dropsHiddenCopiesOfEveryKind() {
        String html = "<html><body><article>"
                + "<p>The reservoir held 71 per cent of its capacity at the end of the summer, the water board said.</p>"
                + "<p hidden>HIDDEN-ATTR copy of the reservoir paragraph that must never appear in the text.</p>"
                + "<p aria-hidden=\"true\">ARIA copy of the reservoir paragraph that must never appear in the text.</p>"
                + "<div style=\"DISPLAY : none\"><p>DISPLAY copy of the reservoir paragraph, never in text.</p></div>"
                + "<div style=\"visibility:hidden;\"><p>VISIBILITY copy of the reservoir paragraph, never in text.</p></div>"
                + "<p>Hosepipe restrictions will stay in place until levels pass 80 per cent, it added.</p>"
                + "</article></body></html>";
        String text = extractor.extract(html, null).text();
        assertEquals("The reservoir held 71 per cent of its capacity at the end of the summer, the water board said."
                + "\n\nHosepipe restrictions will stay in place until levels pass 80 per cent, it added.", text);
    }

    @Test
    void prefersArticleOverLongerCommentThread() {
        StringBuilder html = new StringBuilder("<html><body><div id=\"page\" class=\"site has-sidebar\"><article>");
        html.append("<p>The county will close 3 of its 9 libraries in April to save 1.2 million a year, officials said.</p>");
        html.append("<p>Opening hours at the remaining six branches will be extended by an hour on weekdays, they added.</p>");
        html.append("</article><div class=\"thread\">");
        for (int i = 0; i < 8; i++) {
            html.append("<div class=\"reply\"><p>Reader reply ").append(i)
                    .append(", which is long, rambling, and full of commas, opinions, asides and more commas.</p></div>");
        }
        html.append("</div></div></body></html>");
        String text = extractor.extract(html.toString(), null).text();
        assertTrue(text.startsWith("The county will close 3 of its 9 libraries"), text);
        assertFalse(text.contains("Reader reply"), text);
    }

    @Test
    void collapsesWhitespaceInsideParagraphs() {
        String html = "<article><p>  Ticket   prices\n rise\t by\u00A0 9%\n</p><p>From\n\nJune.</p></article>";
        assertEquals("Ticket prices rise by 9%\n\nFrom June.", extractor.extract(html, null).text());
    }

    @Test
    void keepsArticleInsideContainerNamedForItsPaywallState() {
        String text = extract("gated-overlay.html").text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertEquals(4, paragraphs.size(), text);
        assertTrue(paragraphs.get(0).startsWith("Dredging of the inner harbour will start on 6 May"), text);
        assertTrue(paragraphs.get(3).startsWith("Fishermen have asked"), text);
        for (String furniture : List.of("Unlock every story", "NESTED-SVG-TEXT", "not the article", "By Ruth")) {
            assertFalse(text.contains(furniture), () -> "furniture survived: " + furniture + "\n" + text);
        }
    }

    @Test
    void completesTruncatedMarkupFromJsonLdArticleBody() {
        String text = extract("truncated-jsonld-body.html").text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertEquals(5, paragraphs.size(), text);
        assertTrue(paragraphs.get(0).startsWith("The city will extend its tram line"), text);
        assertTrue(paragraphs.get(4).startsWith("Trams will run every seven and a half minutes"), text);
        assertFalse(text.contains("Subscribe"), text);
    }

    @Test
    void ignoresJsonLdArticleBodyThatMarkupAlreadyHolds() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
                + "\"The lake froze over for the first time since 2010, the weather service said on Monday.\"}</script>"
                + "</head><body><article><p>The lake froze over for the first time since 2010, the weather service said"
                + " on Monday.</p></article></body></html>";
        assertEquals("The lake froze over for the first time since 2010, the weather service said on Monday.",
                extractor.extract(html, null).text());
    }

    @Test
    void dropsScreenReaderOnlyText() {
        String html = "<article><p>Shares in <a href=\"/q\">Harlow Mills<span style=\"border:0;clip:rect(0 0 0 0);"
                + "height:1px;overflow:hidden;position:absolute;width:1px\">, opens new tab</span></a> rose 4% after the"
                + " results<span style=\"clip-path: inset(50%)\"> (screen reader note)</span>, traders said.</p></article>";
        assertEquals("Shares in Harlow Mills rose 4% after the results, traders said.", extractor.extract(html, null).text());
    }

    @Test
    void dropsCopyrightNoticesPageInstructionsAndBareCounters() {
        String html = "<article><p>The bridge will reopen to cars on Friday after a three-month repair, the county said.</p>"
                + "<p>1</p><p>2 / 5</p><p>Click to Read More and View Comments</p><p>Tap to expand</p>"
                + "<p>Copyright \u00A9 2024 The Valley Post, LLC. Click here for reprint permission.</p>"
                + "<p>Cyclists and pedestrians have been able to cross throughout the works, it added.</p></article>";
        assertEquals("The bridge will reopen to cars on Friday after a three-month repair, the county said.\n\n"
                + "Cyclists and pedestrians have been able to cross throughout the works, it added.",
                extractor.extract(html, null).text());
    }

    @Test
    void dropsExploreMoreTopicList() {
        String html = "<article><p>The museum will stay open until 10pm on Thursdays from June, its director said.</p>"
                + "<h2>Explore more on these topics</h2><ul><li><a href=\"/t/museums\">Museums</a></li>"
                + "<li><a href=\"/t/culture\">Culture</a></li></ul></article>";
        assertEquals("The museum will stay open until 10pm on Thursdays from June, its director said.",
                extractor.extract(html, null).text());
    }

    @Test
    void retriesWithoutClassNamesWhenTheyLeaveNothing() {
        String html = "<html><body><div class=\"promo-layout\"><p>The ferry will run hourly from Saturday, the"
                + " operator said, up from every two hours.</p><p>Fares are unchanged.</p></div></body></html>";
        assertEquals("The ferry will run hourly from Saturday, the operator said, up from every two hours.\n\n"
                + "Fares are unchanged.", extractor.extract(html, null).text());
    }

    private ExtractedPage extract(String fixture) {
        return extractor.extract(Fixtures.read("html/" + fixture), "https://news.example/section/page");
    }
}
