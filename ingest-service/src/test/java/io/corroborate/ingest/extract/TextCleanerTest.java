package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

    private static final String FIRST = "The harbour board approved a budget of 3.4 million dollars on Monday, "
            + "its largest in a decade, after a long debate over dredging costs.";
    private static final String SECOND = "Work on the northern quay will begin in May and should take "
            + "eighteen months, the board's chair told reporters after the vote.";

    private final TextCleaner cleaner = new TextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"related-teasers", "share-tags-citations", "ticker-wrapped"})
    void cleansScrapedFixtureToExpectedText(String name) {
        String expected = Fixtures.read("text/" + name + ".expected.txt").strip();
        assertEquals(expected, cleaner.clean(Fixtures.read("text/" + name + ".txt")));
    }

    static Stream<Arguments> furnitureLines() {
        return Stream.of(
                Arguments.of("ticker", "Harbour Times | March 3, 2031"),
                Arguments.of("dateline with read time", "Mar 3, 2031 \u2022 5 min read"),
                Arguments.of("read time", "7 min read"),
                Arguments.of("published stamp", "Published: 3 March 2031 at 10:15 am"),
                Arguments.of("relative time", "14 minutes ago"),
                Arguments.of("share call", "Share this article"),
                Arguments.of("share label", "Share Post:"),
                Arguments.of("social list", "Facebook Twitter LinkedIn Email"),
                Arguments.of("tags", "TAGS: harbour, dredging, budget"),
                Arguments.of("category", "CATEGORY: Local news"),
                Arguments.of("filed under", "Filed under: Ports, Budgets"),
                Arguments.of("image markdown", "![Cranes at dawn [file photo]](https://img.example/cranes.jpg)"),
                Arguments.of("bare url", "https://harbour-times.example/news/budget-vote"),
                Arguments.of("bare image", "cdn.example/uploads/2031/03/quay-1200x800.webp"),
                Arguments.of("widget error", "Error in retrieving data"),
                Arguments.of("cookie notice", "We use cookies to improve your experience. Accept all cookies?"),
                Arguments.of("subscribe call", "Subscribe now to get unlimited access for just $1."),
                Arguments.of("newsletter call", "Sign up for our newsletter and never miss a story."),
                Arguments.of("byline", "By Hannelore Quist"),
                Arguments.of("two-author byline", "By Hannelore Quist and Ade Mensah, June 2, 2031"),
                Arguments.of("photo credit", "Photo: Jon Ruiz/Getty Images"),
                Arguments.of("photo by", "Photograph by Lena Maris for the Harbour Times"),
                Arguments.of("read more teaser", "Read more: Dredging costs explained"),
                Arguments.of("see also teaser", "See also: The quay that sank twice"),
                Arguments.of("page title", "Harbour board approves record budget | Harbour Times"),
                Arguments.of("breadcrumb", "Home > News > Ports"),
                Arguments.of("advertisement", "Advertisement"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furnitureLines")
    void dropsFurnitureLineBetweenBodyParagraphs(String kind, String furniture) {
        String cleaned = cleaner.clean(FIRST + "\n" + furniture + "\n" + SECOND);
        assertEquals(FIRST + "\n\n" + SECOND, cleaned, kind);
    }

    static Stream<Arguments> teaserHeadings() {
        return Stream.of("Related Articles", "Related:", "You may also like", "Read more", "More from Harbour Times",
                "Recommended", "Most read", "Trending", "RELATED STORIES").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("teaserHeadings")
    void dropsTeaserHeadingAndItsShortItemsButResumesAtBody(String heading) {
        String raw = FIRST + "\n\n" + heading + "\n\nTug crews strike over pay\nNew ferry named after fisherman\n\n" + SECOND;
        assertEquals(FIRST + "\n\n" + SECOND, cleaner.clean(raw));
    }

    @Test
    void dropsTeaserItemsAnnouncedBySourceAndTimeEvenWhenLong() {
        String teaser = "A long teaser snippet about an unrelated council story that runs on and on, "
                + "with plenty of words in it, until it is almost as long as a real paragraph.";
        String raw = FIRST + "\n\nMore stories\n\nMetro Wire\n3 hours ago\n- Metro Wire\nCouncil story\n" + teaser;
        assertEquals(FIRST, cleaner.clean(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", "[12]", "[3][4]", "[citation needed]", "[2, 5]"})
    void removesCitationMarkers(String marker) {
        assertEquals("The quay is 240 metres long.", cleaner.clean("The quay is 240 metres long" + marker + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Friday, officials had counted 3,000 ballots",
        "The paper said 40% of its newsletter readers now pay, up from 25% a year ago.",
        "Getty Images said its revenue rose 5% to $900 million.",
        "Cookies sold at the fair raised $1,200 for the lifeboat station.",
        "Photographers from 12 agencies covered the launch."})
    void keepsBodySentencesThatMerelyResembleFurniture(String sentence) {
        assertEquals(FIRST + "\n\n" + sentence + "\n\n" + SECOND, cleaner.clean(FIRST + "\n" + sentence + "\n" + SECOND));
    }

    @Test
    void keepsBodyHeadingsThatIntroduceParagraphs() {
        String raw = FIRST + "\n\nWhat Comes Next\n\n" + SECOND;
        assertEquals(FIRST + "\n\nWhat Comes Next\n\n" + SECOND, cleaner.clean(raw));
    }

    @Test
    void dropsHeadingsLeftDanglingAtTheEnd() {
        assertEquals(FIRST, cleaner.clean(FIRST + "\n\nJoin the Conversation\nTry Our Port Tracker"));
    }

    @Test
    void keepsShortFinalSentence() {
        String raw = FIRST + "\n\nThe board declined to comment.";
        assertEquals(FIRST + "\n\nThe board declined to comment.", cleaner.clean(raw));
    }

    @Test
    void normalisesLineEndingsSpacesAndBlankLines() {
        String raw = "\uFEFF  " + FIRST.replace(" ", "  \t") + "\r\n\r\n\r\n\r\n" + SECOND + "\r  \u00A0\r";
        assertEquals(FIRST + "\n\n" + SECOND, cleaner.clean(raw));
    }

    @Test
    void joinsHardWrappedLines() {
        String raw = "The harbour board approved a budget of 3.4 million dollars on Monday, its largest\n"
                + "in a decade, after a long debate over dredging costs.";
        assertEquals(FIRST, cleaner.clean(raw));
    }

    @Test
    void keepsListItemsInsideTheBody() {
        String raw = FIRST + "\n\nThe budget covers:\n\u2022 Dredging\n\u2022 Quay repairs\n\u2022 Two new cranes\n\n" + SECOND;
        String cleaned = cleaner.clean(raw);
        assertTrue(cleaned.contains("\u2022 Dredging\n\n\u2022 Quay repairs\n\n\u2022 Two new cranes"), cleaned);
    }

    @Test
    void dropsDuplicatedAdjacentParagraph() {
        assertEquals(FIRST + "\n\n" + SECOND, cleaner.clean(FIRST + "\n" + FIRST + "\n" + SECOND));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n\n"})
    void blankInputGivesEmptyText(String raw) {
        assertEquals("", cleaner.clean(raw));
        assertEquals("", cleaner.clean(null));
    }

    @Test
    void neverKeepsMarkdownImageSyntax() {
        String cleaned = cleaner.clean(FIRST + " ![chart](https://x.example/c.png)\n" + SECOND);
        assertFalse(cleaned.contains("!["), cleaned);
        assertTrue(cleaned.startsWith(FIRST), cleaned);
    }
}
