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

    private ExtractedPage extract(String fixture) {
        return extractor.extract(Fixtures.read("html/" + fixture), "https://news.example/section/page");
    }
}
