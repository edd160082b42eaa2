package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    // Pages under 500 characters are retried without class names; tests of class-named furniture need more text.
    private static final String LONG_PARAGRAPH = "The plan, approved by eleven votes to four after a debate that ran"
            + " past midnight, adds 14 kilometres of protected lanes, 300 cycle stands and a bridge over the canal by"
            + " 2027, at a cost the council put at 9.6 million, most of it from a regional transport grant that had"
            + " been due to expire at the end of this year, according to the council's own figures. Opponents said the"
            + " money would have been better spent on buses, which carry four times as many commuters.";

    /** A long boilerplate paragraph outside the article, enough to stop a retry without class names. */
    private static final String DISCLAIMER = "<div class=\"legal-notice\"><p>This site is provided for general "
            + "information only. Nothing on it is legal, tax, financial or any other professional advice, no "
            + "relationship is created when you use it, and it is no substitute for advice from a qualified and "
            + "licensed adviser. Its content may change without notice and is not guaranteed to be complete, "
            + "accurate, correct or up to date. Past performance is no guarantee of future results, investing "
            + "involves risk, including the loss of principal, and no advice may be given without an agreement.</p>"
            + "</div>";

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

    @Test
    void takesEveryPartThePageMarksAsArticleBody() {
        StringBuilder html = new StringBuilder("<html><body><main>");
        html.append("<div itemprop=\"articleBody\"><p>The harbour board approved the new ferry timetable on Monday,"
                + " with sailings every forty minutes, its chair said.</p><p>Fares will rise by 5% from April, the"
                + " board added, the first increase in three years.</p></div>");
        html.append("<div class=\"board-promo-box\"><p>Other lines in the network are unaffected, a notice on the"
                + " quay says.</p></div>");
        html.append("<section itemprop=\"articleBody\">");
        for (int i = 1; i <= 6; i++) {
            html.append("<div class=\"update\"><h3>Update ").append(i).append(" from the quay</h3><p>Passengers at"
                    + " the quay reported delay number ").append(i).append(", which the operator said was caused by wind,"
                    + " tide, and a late crew change.</p></div>");
        }
        html.append("</section></main></body></html>");
        String text = extractor.extract(html.toString(), null).text();
        assertTrue(text.startsWith("The harbour board approved the new ferry timetable"), text);
        assertTrue(text.contains("Update 1 from the quay\n\nPassengers at the quay reported delay number 1"), text);
        assertTrue(text.endsWith("late crew change."), text);
        assertFalse(text.contains("Other lines in the network"), text);
    }

    @Test
    void splitsCustomElementsThatWrapBlocksIntoParagraphs() {
        String html = "<article><p>The county opened its new flood barrier on Tuesday after four years of work, the"
                + " engineers said.</p><story-updates><div><p>The first tide tested the barrier overnight without a"
                + " leak.</p></div><div><p>Engineers will inspect the gates again on Friday morning.</p></div>"
                + "</story-updates><p>Residents were invited to a <time-ago>two</time-ago> hour open day.</p></article>";
        assertEquals("The county opened its new flood barrier on Tuesday after four years of work, the engineers said."
                + "\n\nThe first tide tested the barrier overnight without a leak."
                + "\n\nEngineers will inspect the gates again on Friday morning."
                + "\n\nResidents were invited to a two hour open day.", extractor.extract(html, null).text());
    }

    @Test
    void readsLayoutTableCellsAsSeparateParagraphs() {
        String html = "<article><p>The mill on the river reopened on Saturday, the trust said.</p><table><tbody><tr>"
                + "<td><p>The restoration took two years and was funded by local donors.</p><p>Flour from the first"
                + " milling will be sold at the village shop from next week.</p></td></tr></tbody></table></article>";
        assertEquals("The mill on the river reopened on Saturday, the trust said.\n\nThe restoration took two years"
                + " and was funded by local donors.\n\nFlour from the first milling will be sold at the village shop"
                + " from next week.", extractor.extract(html, null).text());
    }

    @Test
    void leavesDataTablesOutOfTheText() {
        StringBuilder html = new StringBuilder("<article><p>The league published its list of the season's award"
                + " winners on Sunday, with three first-time winners.</p><table><thead><tr><th>Award</th><th>Player"
                + "</th><th>Club</th></tr></thead><tbody>");
        for (int i = 1; i <= 4; i++) {
            html.append("<tr><td>Award ").append(i).append("</td><td>Player ").append(i).append("</td><td>Club ")
                    .append(i).append("</td></tr>");
        }
        html.append("</tbody></table><p>The awards will be presented at a dinner in May, the league said.</p></article>");
        assertEquals("The league published its list of the season's award winners on Sunday, with three first-time"
                + " winners.\n\nThe awards will be presented at a dinner in May, the league said.",
                extractor.extract(html.toString(), null).text());
    }

    @Test
    void keepsTablesWhoseCellsHoldProse() {
        String html = "<article><table><tr><td>The council said the road would reopen in June after repairs.</td>"
                + "<td>Drivers were told to use the bypass until then, officials said.</td></tr><tr><td>Buses will"
                + " divert through the village centre from Monday.</td><td>The school run will start ten minutes"
                + " earlier, the head teacher said.</td></tr><tr><td>Cyclists can still use the old bridge.</td>"
                + "<td>The works will cost 2.4 million, the council added.</td></tr></table></article>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.contains("Drivers were told to use the bypass"), text);
        assertTrue(text.contains("The works will cost 2.4 million"), text);
    }

    @Test
    void dropsNewsletterAndCommentFormsButNotAPageWrappedInAForm() {
        String html = "<article><p>The library will open on Sundays from March, the council said on Friday, after a"
                + " petition.</p><form action=\"/signup\"><h2>The Weekly Letter</h2><div>Fridays. The best of our"
                + " coverage, every week.</div><input type=\"email\" name=\"email\">By signing up you agree to our"
                + " terms.</form><p>Opening hours will be 10am to 4pm, a spokesperson added.</p><form><textarea>"
                + "</textarea><p>Be the first to share what you think of this story.</p></form></article>";
        assertEquals("The library will open on Sundays from March, the council said on Friday, after a petition."
                + "\n\nOpening hours will be 10am to 4pm, a spokesperson added.", extractor.extract(html, null).text());
        String wrapped = "<html><body><form action=\"/page.aspx\"><input type=\"search\" name=\"q\"><article>"
                + "<p>The library will open on Sundays from March, the council said on Friday, after a petition that"
                + " gathered more than four thousand signatures from residents across the district.</p><p>Opening"
                + " hours will be 10am to 4pm, a spokesperson added, and the reading room will stay open late.</p>"
                + "</article></form></body></html>";
        assertTrue(extractor.extract(wrapped, null).text().startsWith("The library will open on Sundays"));
    }

    @Test
    void keepsSentencesWithLinkedPhrasesButNotLinkLists() {
        String html = "<article><p>The British singer, 26, <a href=\"/a\">received a record seven nominations</a> this"
                + " year and has also been <a href=\"/b\">named songwriter of the year</a>.</p><p><a href=\"/c\">Singer wins award"
                + "</a> <a href=\"/d\">Full list of winners</a> and more.</p><p>The ceremony was held in London on"
                + " Saturday night, the organisers said.</p></article>";
        String text = extractor.extract(html, null).text();
        assertTrue(text.startsWith("The British singer, 26, received a record seven nominations this year"), text);
        assertFalse(text.contains("Full list of winners"), text);
    }

    @Test
    void dropsEmbeddedSocialPosts() {
        String html = "<article><p>The mayor announced the new cycle lanes on Thursday, a week after the vote.</p>"
                + "<p>" + LONG_PARAGRAPH + "</p>"
                + "<blockquote class=\"twitter-tweet\"><p>Big day for cyclists in our town! <a href=\"https://t.co/x\">"
                + "https://t.co/x</a></p>&mdash; Town Hall (@townhall) <a href=\"https://twitter.example/s/1\">March"
                + " 7, 2024</a></blockquote><p>Work on the first lane starts in May, the council said.</p></article>";
        assertEquals("The mayor announced the new cycle lanes on Thursday, a week after the vote.\n\n" + LONG_PARAGRAPH
                + "\n\nWork on the first lane starts in May, the council said.", extractor.extract(html, null).text());
    }

    @Test
    void dropsTrailingReaderAppealsWithLinksButNotTheSameShapeMidStory() {
        String html = "<article><p>The river rose 2 metres overnight, the agency said, and two roads were closed.</p>"
                + "<p>If you live near the river, <a href=\"/flood-map\">check the flood map</a> before you travel,"
                + " the agency said.</p><p>Levels are expected to fall by Sunday, forecasters said.</p>"
                + "<div>Dear Reader - independent local reporting depends on readers like you, and it costs more to"
                + " produce every year. <a href=\"/join\">Support our reporting and get ad-free access</a> today.</div>"
                + "<p>You can email the reporter with tips and corrections, or <a href=\"/author/x\">read more of her"
                + " stories here</a>.</p></article>";
        assertEquals("The river rose 2 metres overnight, the agency said, and two roads were closed.\n\n"
                + "If you live near the river, check the flood map before you travel, the agency said.\n\n"
                + "Levels are expected to fall by Sunday, forecasters said.", extractor.extract(html, null).text());
    }

    @Test
    void keepsAClosingQuoteThatAddressesTheReader() {
        String html = "<article><p>The club confirmed the new coach on Monday after a three-week search.</p><p>"
                + LONG_PARAGRAPH + "</p><p>\u201CIf you want to win titles, you build from the youth teams,\u201D"
                + " <a href=\"/people/ana-ruiz\">Ana Ruiz</a> said.</p></article>";
        assertTrue(extractor.extract(html, null).text().endsWith("Ana Ruiz said."));
    }

    private ExtractedPage extract(String fixture) {
        return extractor.extract(Fixtures.read("html/" + fixture), "https://news.example/section/page");
    }

    @Test
    void anArticleASiteBuilderWrappedInAHeaderIsKept() {
        String paragraphs = ("<p>The clinic opened a second site on the east side this spring, and its waiting list "
                + "fell from nine weeks to three as new therapists joined the practice.</p>").repeat(6);
        String html = "<html><body><header class=\"site\"><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></header>"
                + "<header class=\"section_blog-post-content\"><div class=\"w-richtext\">" + paragraphs
                + "</div></header><footer>© Clinic</footer></body></html>";
        String text = extractor.extract(html, "https://clinic.example/blog/waiting-list").text();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("waiting list fell from nine weeks"), text);
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("Blog"), text);
    }

    @Test
    void anArticleSplitAcrossPageBuilderSectionsIsTakenWhole() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"page\">");
        for (String part : new String[] {"First", "Second", "Third"}) {
            html.append("<section class=\"builder-section\"><div class=\"container\"><div class=\"column\">")
                    .append("<div class=\"widget-text-editor\"><div class=\"widget-container\">");
            for (int n = 0; n < 4; n++) {
                html.append("<p>").append(part).append(" part of the guide, paragraph ").append(n)
                        .append(": savings plans, budgets and retirement accounts each need a habit, and a habit "
                                + "needs a reason that survives a bad month.</p>");
            }
            html.append("</div></div></div></div></section>");
        }
        html.append("</div></body></html>");
        String text = extractor.extract(html.toString(), "https://advisor.example/guide").text();
        for (String part : new String[] {"First part", "Second part", "Third part"}) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(part), part + " missing from: " + text);
        }
    }

    @Test
    void anArticleStreamedIntoAHiddenContainerIsReadButAHiddenCopyBesideItIsNot() {
        String paragraphs = ("<p>The index rebuild finished overnight and queries that took seconds now return in "
                + "milliseconds, the database team said in its weekly report.</p>").repeat(5);
        String streamed = "<html><body><div id=\"B:0\"></div><div hidden id=\"S:0\"><article>" + paragraphs
                + "</article></div></body></html>";
        org.junit.jupiter.api.Assertions.assertTrue(extractor.extract(streamed, "https://db.example/blog/index").text()
                .contains("queries that took seconds"));
        String copied = "<html><body><article>" + paragraphs + "</article><div hidden><article>"
                + paragraphs.replace("index rebuild", "hidden rebuild") + "</article></div></body></html>";
        org.junit.jupiter.api.Assertions.assertFalse(extractor.extract(copied, "https://db.example/blog/index").text()
                .contains("hidden rebuild"));
    }

    @Test
    void aListArticleIsTakenWithAllItsEntries() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"wrap\"><div class=\"intro\">");
        html.append(("<p>New restaurants opened across the city this season, from a tiny noodle counter to a "
                + "dining room with a twelve-course tasting menu, and these are the ones worth a reservation.</p>")
                .repeat(2)).append("</div><div class=\"entries\">");
        for (int n = 1; n <= 8; n++) {
            html.append("<div class=\"entry\"><h2>Restaurant ").append(n).append("</h2><p>Entry ").append(n)
                    .append(" serves hand-cut noodles in a spicy broth, and the dumplings sell out by eight.</p></div>");
        }
        html.append("</div></div></body></html>");
        String text = extractor.extract(html.toString(), "https://food.example/new-restaurants").text();
        for (int n = 1; n <= 8; n++) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("Entry " + n + " serves"), text);
        }
    }

    @Test
    void aWordAPageBuilderPutsOnEveryBlockIsStructureNotFurniture() {
        // "widget" names every block of this builder's page, the article's sections included; "sidebar" still goes
        StringBuilder html = new StringBuilder("<html><body><div class=\"page-content\">"
                + "<div class=\"builder-widget-wrap\">");
        for (String part : new String[] {"First", "Second", "Third", "Fourth", "Fifth", "Sixth"}) {
            html.append("<div class=\"builder-widget-wrap\"><div class=\"builder-widget builder-widget-text\">")
                    .append("<div class=\"builder-widget-container\"><h2>").append(part).append(" step</h2><p>")
                    .append(part).append(" section: rising rents, student loans and the gig economy shape how a "
                            + "generation saves, and a plan that starts small still compounds over thirty years.</p>"
                            + "<p>Automate the transfer on payday, keep three months of costs in cash, and raise the "
                            + "rate by one point each year.</p></div></div></div>");
        }
        html.append("</div><div class=\"sidebar-widget\"><p>Call our advisers today for a free review of your "
                + "plan.</p></div></div><div class=\"site-bottom\">").append(DISCLAIMER).append("</div></body></html>");
        String text = extractor.extract(html.toString(), "https://advisor.example/blog/saving").text();
        for (String part : new String[] {"First section", "Third section", "Sixth section"}) {
            assertTrue(text.contains(part), part + " missing from: " + text);
        }
        assertFalse(text.contains("free review"), text);
        assertFalse(text.contains("general information only"), text);
    }

    @Test
    void aStateClassOnTheArticleDoesNotShieldTheOverlayInsideIt() {
        String html = "<html><body><div class=\"article-body paywall has-gated-overlay\">"
                + "<div class=\"gated-overlay\"><p>Join the Ledger for access to this content, free of charge with "
                + "your account.</p></div><p>" + LONG_PARAGRAPH + "</p><p>" + LONG_PARAGRAPH.replace("plan", "scheme")
                + "</p></div></body></html>";
        String text = extractor.extract(html, "https://ledger.example/news/bike-lanes").text();
        assertTrue(text.contains("protected lanes"), text);
        assertFalse(text.contains("Join the Ledger"), text);
    }

    @Test
    void anIdNamingTheContentOutweighsAFurnitureWordInItsClass() {
        String html = "<html><body><div class=\"column\"><div class=\"cms_wrapper cms_wrapper_meta_field\" "
                + "id=\"cms_wrapper_post_body\"><p>" + LONG_PARAGRAPH + "</p><p>"
                + LONG_PARAGRAPH.replace("plan", "scheme") + "</p></div><div class=\"post-meta\"><p>Filed under "
                + "transport, council and cycling, with comments closed.</p></div></div><div class=\"bottom\">"
                + DISCLAIMER + "<p>Ledger Media is a trading name of Ledger Holdings, registered in Saltmere, and its "
                + "journalism follows the editors' code of practice. Complaints about accuracy go to the readers' "
                + "editor, who answers within ten working days and publishes corrections below the story concerned, "
                + "and a decision can be appealed to the press standards body whose rules the company has signed. "
                + "Letters for publication should be short, carry a full name and a postal address, and may be edited "
                + "for length and clarity before they appear in print or online.</p></div></body></html>";
        String text = extractor.extract(html, "https://ledger.example/news/bike-lanes").text();
        assertTrue(text.contains("protected lanes"), text);
        assertFalse(text.contains("Filed under"), text);
        assertFalse(text.contains("general information only"), text);
    }

    @Test
    void aPageOfArticleTilesIsNotOneOfItsTiles() {
        StringBuilder html = new StringBuilder("<html><body><main><div class=\"hero\"><p>Whether you want a new "
                + "career or a sharper one, a certificate proves a skill to employers in weeks, not years.</p></div>");
        for (int n = 1; n <= 5; n++) {
            html.append("<article class=\"tile\"><h3>Course ").append(n).append("</h3><p>Course ").append(n)
                    .append(" teaches data analysis, spreadsheets and dashboards over ten evening sessions, with a ")
                    .append("project reviewed by an instructor, and costs less than a month of rent.</p></article>");
        }
        html.append("</main></body></html>");
        String text = extractor.extract(html.toString(), "https://guide.example/certificates").text();
        for (int n = 1; n <= 5; n++) {
            assertTrue(text.contains("Course " + n + " teaches"), text);
        }
    }
}
