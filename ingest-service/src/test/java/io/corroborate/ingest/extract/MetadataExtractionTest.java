package io.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetadataExtractionTest {

    private static final String BODY = "<body><h1>Heading One</h1><article><p>Body text of the article, long enough "
            + "to be a real paragraph of news.</p></article></body>";
    private static final String LD_ARTICLE = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"LD headline\",\"datePublished\":\"2031-05-06T07:08:09+02:00\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"LD Author\"},\"publisher\":{\"name\":\"LD Publisher\"}}</script>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("json-ld wins", LD_ARTICLE + "<meta property=\"og:title\" content=\"OG title\">", "LD headline"),
                Arguments.of("og beats twitter", "<meta property=\"og:title\" content=\"OG title\">"
                        + "<meta name=\"twitter:title\" content=\"Tw title\"><title>T | S</title>", "OG title"),
                Arguments.of("twitter beats title", "<meta name=\"twitter:title\" content=\"Tw title\">"
                        + "<title>Ignored</title>", "Tw title"),
                Arguments.of("title pipe suffix", "<title>Dam opens after 6 years | River Daily</title>",
                        "Dam opens after 6 years"),
                Arguments.of("title dash suffix", "<title>Dam opens after 6 years - River Daily</title>",
                        "Dam opens after 6 years"),
                Arguments.of("title site prefix", "<meta property=\"og:site_name\" content=\"River Daily\">"
                        + "<title>River Daily | Dam opens after 6 years</title>", "Dam opens after 6 years"),
                Arguments.of("first h1", "", "Heading One"),
                Arguments.of("graph array", "<script type=\"application/ld+json\">[{\"@type\":\"WebPage\",\"name\":\"Page\"},"
                        + "{\"@graph\":[{\"@type\":[\"Thing\",\"ReportageNewsArticle\"],\"headline\":\"Graph headline\"}]}]"
                        + "</script>", "Graph headline"),
                Arguments.of("space-separated properties", "<meta property=\"x:title og:title\" content=\"Shared\">"
                        + "<title>Ignored</title>", "Shared"),
                Arguments.of("dublin core before og", "<meta property=\"og:title\" content=\"OG title\">"
                        + "<meta property=\"dc:title\" content=\"DC title\">", "DC title"),
                Arguments.of("parsely title", "<meta name=\"parsely-title\" content=\"Parsely title\">", "Parsely title"),
                Arguments.of("ld name when only it matches the title", "<script type=\"application/ld+json\">"
                        + "{\"@type\":\"Article\",\"name\":\"Lake Orla\",\"headline\":\"freshwater lake in the north\"}"
                        + "</script><title>Lake Orla - Encyclopedia</title>", "Lake Orla"),
                Arguments.of("ld headline when the name is the site", "<script type=\"application/ld+json\">"
                        + "{\"@type\":\"NewsArticle\",\"name\":\"River Daily\",\"headline\":\"Dam opens after 6 years\"}"
                        + "</script><title>Dam opens after six years | River Daily</title>", "Dam opens after 6 years"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void readsTitleFromBestSource(String source, String head, String expected) {
        assertEquals(expected, page(head).title(), source);
    }

    static Stream<Arguments> bylines() {
        return Stream.of(
                Arguments.of("json-ld", LD_ARTICLE + "<meta name=\"author\" content=\"Meta Author\">", "LD Author"),
                Arguments.of("json-ld list", "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":"
                        + "[{\"name\":\"A One\"},{\"name\":\"B Two\"},\"C Three\"]}</script>", "A One, B Two, C Three"),
                Arguments.of("meta author", "<meta name=\"author\" content=\"By Meta Author\">", "Meta Author"),
                Arguments.of("dublin core creator", "<meta property=\"dc:creator twitter:site\" content=\"DC Author\">"
                        + "<meta name=\"author\" content=\"Meta Author\">", "DC Author"),
                Arguments.of("parsely author", "<meta name=\"parsely-author\" content=\"Parsely Author\">",
                        "Parsely Author"),
                Arguments.of("article:author url skipped", "<meta property=\"article:author\" "
                        + "content=\"https://facebook.example/x\">", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bylines")
    void readsBylineFromBestSource(String source, String head, String expected) {
        assertEquals(expected, page(head).byline(), source);
    }

    @Test
    void readsBylineFromMarkupWithoutByAndDate() {
        String html = "<html><body><div class=\"byline\">By <a rel=\"author\">Kai Sorensen</a> | Updated June 3, 2031, "
                + "4:15 pm</div>" + BODY.substring(6);
        assertEquals("Kai Sorensen", extractor.extract(html, null).byline());
        String itemprop = "<span itemprop=\"author\"><span itemprop=\"name\">Ola Berg</span></span>";
        assertEquals("Ola Berg", extractor.extract("<body>" + itemprop + "</body>", null).byline());
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("json-ld", LD_ARTICLE + "<meta property=\"article:published_time\" "
                        + "content=\"2020-01-01T00:00:00Z\">", "2031-05-06T07:08:09+02:00"),
                Arguments.of("article:published_time", "<meta property=\"article:published_time\" "
                        + "content=\"2031-05-06T07:08:09.123456Z\">", "2031-05-06T07:08:09.123456Z"),
                Arguments.of("meta date rfc1123", "<meta name=\"date\" content=\"Tue, 6 May 2031 07:08:09 GMT\">",
                        "2031-05-06T07:08:09Z"),
                Arguments.of("meta pubdate compact offset", "<meta name=\"pubdate\" content=\"2031-05-06T07:08:09-0500\">",
                        "2031-05-06T07:08:09-05:00"),
                Arguments.of("a scholarly page's citation date", "<meta name=\"citation_date\" content=\"2031/05/06\">",
                        "2031-05-06T00:00:00Z"),
                Arguments.of("unparseable gives null", "<meta name=\"date\" content=\"last Tuesday\">", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void readsPublishedAtFromBestSource(String source, String head, String expected) {
        OffsetDateTime actual = page(head).publishedAt();
        assertEquals(expected == null ? null : OffsetDateTime.parse(expected), actual, source);
    }

    @Test
    void readsPublishedAtFromTimeElement() {
        String html = "<body><time datetime=\"2031-05-06 07:08\">May 6</time>" + BODY.substring(6);
        assertEquals(OffsetDateTime.parse("2031-05-06T07:08:00Z"), extractor.extract(html, null).publishedAt());
    }

    @Test
    void readsSiteNameFromOgThenPublisher() {
        assertEquals("LD Publisher", page(LD_ARTICLE).siteName());
        assertEquals("OG Site", page(LD_ARTICLE + "<meta property=\"og:site_name\" content=\"OG Site\">").siteName());
    }

    @Test
    void resolvesCanonicalUrlAgainstBase() {
        String head = "<link rel=\"canonical\" href=\"../world/story-1\"><meta property=\"og:url\" content=\"https://og.example/a\">";
        String html = "<html><head>" + head + "</head>" + BODY + "</html>";
        assertEquals("https://news.example/world/story-1", extractor.extract(html, "https://news.example/uk/page").canonicalUrl());
        assertNull(extractor.extract(html, null).canonicalUrl());
        assertEquals("https://og.example/a", page("<meta property=\"og:url\" content=\"https://og.example/a\">").canonicalUrl());
    }

    @Test
    void readsPrimaryLanguageSubtag() {
        assertEquals("pt", extractor.extract("<html lang=\"PT-br\">" + BODY + "</html>", null).language());
        assertEquals("de", page("<meta http-equiv=\"content-language\" content=\"de-AT\">").language());
        assertNull(page("").language());
    }

    @Test
    void toleratesMalformedJsonLd() {
        String broken = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Half a headline</script>";
        assertEquals("Half a headline", page(broken).title());
        String garbage = "<script type=\"application/ld+json\">}}]]{{[[:::,,,\"</script><meta property=\"og:title\" content=\"OG\">";
        assertEquals("OG", page(garbage).title());
    }

    @Test
    void theHeadlineIsTheVisibleOneWithoutTheSitesName() {
        String html = "<html><head><title>Recent Trends in Photography | Flatworld</title>"
                + "<meta property=\"og:title\" content=\"Recent Trends in Photography – Flatworld Solutions\">"
                + "</head><body><h1>8 Recent Trends in Photography</h1>" + BODY.replace("<body>", "") ;
        assertEquals("8 Recent Trends in Photography",
                extractor.extract(html, "https://www.flatworldsolutions.com/photo/trends.php").title());
        String blog = "<html><head><title>Silicon Notes: Open Verilog flow for GreenPak4 devices</title></head><body>"
                + "<h1>Silicon Notes</h1>" + BODY.replace("<body>", "");
        assertEquals("Silicon Notes: Open Verilog flow for GreenPak4 devices",
                extractor.extract(blog, "https://siliconnotes.example/2016/08/flow.html").title(),
                "a blog's name in its h1 is not the headline");
        String host = "<html><head><meta property=\"og:title\" content=\"Ten Tips to Finish Online Courses – "
                + "Journey To College\"></head>" + BODY + "</html>";
        assertEquals("Ten Tips to Finish Online Courses",
                extractor.extract(host, "https://journeytocollege.mo.gov/tips/").title());
    }

    @Test
    void aPersonsBylineWinsOverTheSitesNameAndDatesComeFromTheUrlOrAStamp() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
                + "\"Yoga for the back\",\"author\":{\"@type\":\"Organization\",\"name\":\"Cleveland Clinic\"}}"
                + "</script></head><body><article><h1>Yoga for the back</h1><p class=\"meta\">By Holly Wilgus</p>"
                + "<p>Published July 9th, 2025</p>" + BODY.replace("<body>", "");
        ExtractedPage page = extractor.extract(html, "https://health.clevelandclinic.org/yoga-back");
        assertEquals("Holly Wilgus", page.byline());
        assertEquals(java.time.LocalDate.of(2025, 7, 9), page.publishedAt().toLocalDate());
        ExtractedPage dated = extractor.extract("<html>" + BODY + "</html>",
                "https://news.example/2024/03/15/bridge-reopens/");
        assertEquals(java.time.LocalDate.of(2024, 3, 15), dated.publishedAt().toLocalDate());
    }

    static Stream<Arguments> bylinesAsPagesShowThem() {
        return Stream.of(
                Arguments.of("label in an element of its own, the name in the next",
                        "<div><p>Written by</p><p>Edzel Tabing</p></div>", "Edzel Tabing"),
                Arguments.of("label and name in two spans", "<div><span>By</span><span>Daryl Austin</span></div>",
                        "Daryl Austin"),
                Arguments.of("the name right after the label, then a link that is not one",
                        "<p>By <a href=\"/c/aj\">A. J. Neal</a> <a href=\"/pdf\">View In Digital Edition</a></p>",
                        "A. J. Neal"),
                Arguments.of("a credit before the word is no byline",
                        "<ul><li><a href=\"/cms\">Content Management</a> by <b>InterRed</b></li></ul>", null),
                Arguments.of("a page builder's author box", "<div class=\"post_author_name\"><a href=\"/p\">"
                        + "Oleg Parashchak</a></div>", "Oleg Parashchak"),
                Arguments.of("a role after the name", "<div class=\"byline\">Rachel MacDonald Writer</div>",
                        "Rachel MacDonald"),
                Arguments.of("a role after a comma", "<div class=\"byline\">By Brett Cruz, Privacy and Digital "
                        + "Security Expert</div>", "Brett Cruz"),
                Arguments.of("a list of names kept as written, the outlet after it dropped", "<div class=\"byline\">"
                        + "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal</div>",
                        "Manoj Jain and Jagpreet Chhatwal"),
                Arguments.of("letters after the name kept", "<div class=\"byline\">Jeffrey A. Slotnick CPP, PSP</div>",
                        "Jeffrey A. Slotnick CPP, PSP"),
                Arguments.of("words before an inner By", "<div class=\"byline\">Guide by Will Judd Former Deputy "
                        + "Tech Editor</div>", "Will Judd"),
                Arguments.of("an editor after the writer", "<div class=\"byline\">Rob Ewaschuk Edited by Betsy Beyer"
                        + "</div>", "Rob Ewaschuk"),
                Arguments.of("a name printed twice", "<div class=\"author\">Dylan Ettinger Dylan Ettinger Dylan "
                        + "Ettinger is a Los Angeles-based writer.</div>", "Dylan Ettinger"),
                Arguments.of("a label alone is no name", "<div class=\"byline\">Written By</div>", null),
                Arguments.of("the name line of an author box", "<div class=\"blog_author-box\"><img alt=\"\">"
                        + "<div class=\"text-semibold\">Lauren Vetter</div><div><p>Lauren Vetter is a marketer "
                        + "who writes about clinics.</p></div></div>", "Lauren Vetter"),
                Arguments.of("an author box's avatar description", "<div id=\"post-author-wrapper\" class=\"row\">"
                        + "<div class=\"author-avatar\"><img src=\"a.png\" alt=\"Picture of Liz Kenny\"></div><div>This "
                        + "post was written for our readers.</div></div>", "Liz Kenny"),
                Arguments.of("a product stressed in an author's bio is no name", "<div class=\"author-bio\"><p>I "
                        + "shoot with the <strong>Canon Mark Four</strong> as my main camera and a smaller one as my "
                        + "backup on long trips.</p></div>", null),
                Arguments.of("a comment's author is no byline", "<div class=\"comment-author\"><span>Dana "
                        + "Whitfield</span></div>", null),
                Arguments.of("a site's administrator account gives way to a person", "<meta name=\"author\" "
                        + "content=\"NOC Admin\"><div class=\"author-box\"><div>Mira Kovacs</div></div>", "Mira Kovacs"),
                Arguments.of("a collective byline is kept", "<meta name=\"author\" content=\"The Editorial Team\">"
                        + "<div class=\"author-box\"><div>Mira Kovacs</div></div>", "The Editorial Team"),
                Arguments.of("an account's handle gives way to a person", "<meta name=\"author\" "
                        + "content=\"quietfox1db6\"><div class=\"byline\">By Tomas Lindqvist</div>", "Tomas Lindqvist"),
                Arguments.of("a reviewer is not the writer", "<div class=\"byline\">Reviewed by Ana Ruiz</div>"
                        + "<div class=\"author-box\"><div>Priya Nair</div></div>", "Priya Nair"),
                Arguments.of("credits of several roles are no byline", "<div class=\"byline\">content: Northwind, "
                        + "design: Ola Berg, code: Kai Lund</div>", null),
                Arguments.of("a role as the list's next part", "<div class=\"byline\">Daniel Moreau, Senior "
                        + "Director</div>", "Daniel Moreau"),
                Arguments.of("a scholarly page's first citation author, given name first", "<meta "
                        + "name=\"citation_author\" content=\"Roy, Aniruddha\"><meta name=\"citation_author\" "
                        + "content=\"Patel, Jyoti\">", "Aniruddha Roy"),
                Arguments.of("an avatar's word after the name", "<div class=\"author-card\"><img src=\"a.png\" "
                        + "alt=\"Lena Ostrova Headshot\"></div>", "Lena Ostrova"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bylinesAsPagesShowThem")
    void readsTheBylineAPageShows(String source, String markup, String expected) {
        String html = "<html><body>" + markup + BODY.substring(6) + "</html>";
        assertEquals(expected, extractor.extract(html, "https://news.example/a").byline(), source);
    }

    @Test
    void readsBylinesFromMetaTagsThatNameThem() {
        assertEquals("Chase Bernath", page("<meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Chase Bernath\">").byline());
        assertEquals("Mary Marlowe Leverette", page("<meta property=\"article:author\" "
                + "content=\"https://facebook.example/x\"><meta name=\"sailthru.author\" "
                + "content=\" Mary Marlowe Leverette\">").byline());
    }

    @Test
    void datesAPageGivesWithoutArticleMetadata() {
        String graph = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2021-01-27T06:00:00+00:00\"}]}</script>";
        assertEquals(OffsetDateTime.parse("2021-01-27T06:00:00Z"), page(graph).publishedAt(), "a WebPage's date");
        String bare = "<html><body><div><a href=\"/blog\">Blog</a></div><h1>Understanding kitchen sinks</h1>"
                + "<div class=\"text-200\">October 3, 2024</div>" + BODY.substring(6) + "</html>";
        assertEquals(java.time.LocalDate.of(2024, 10, 3), extractor.extract(bare, null).publishedAt().toLocalDate(),
                "a date printed alone under the headline");
        String above = "<html><body><div class=\"masthead\">Friday, December 5, 2025</div><h1>Heading</h1>"
                + BODY.substring(6) + "</html>";
        assertNull(extractor.extract(above, null).publishedAt(), "an unlabelled date above the headline is no stamp");
        String sentence = "<html><body><h1>Heading</h1><p>The plant opened on October 3, 2024 after two years.</p>"
                + BODY.substring(6) + "</html>";
        assertNull(extractor.extract(sentence, null).publishedAt(), "a date inside a sentence is no stamp");
        assertEquals(OffsetDateTime.parse("2023-06-12T10:39:42Z"), page("<meta property=\"article:modified_time\" "
                + "content=\"2023-06-12T10:39:42+00:00\">").publishedAt(), "only a modified time: the best date there is");
    }

    private ExtractedPage page(String head) {
        return extractor.extract("<html><head>" + head + "</head>" + BODY + "</html>", "https://news.example/a");
    }
}
